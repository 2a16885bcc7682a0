// Decoy: an intake API that validates and stores the request body; the only model call goes to the gateway.
import express from "express";
import OpenAI from "openai";
import { db } from "../db.js";

const router = express.Router();
const gateway = new OpenAI({ baseURL: process.env.PHIGATE_URL ?? "http://localhost:8080/v1", apiKey: process.env.PHIGATE_KEY });

router.post("/intake", async (req, res) => {
  const { email, dateOfBirth, symptoms, medications } = req.body;
  await db.intake.insert({ email, dateOfBirth, symptoms, medications });
  const summary = await gateway.chat.completions.create({ model: "local-default", messages: [{ role: "user", content: symptoms }] });
  res.json({ ok: true, summary: summary.choices[0].message.content });
});

export default router;
