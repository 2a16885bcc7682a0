"""Decoy: a Flask intake API. It stores the patient's answers and asks the shop's own phigate gateway for a
summary; the old direct OpenAI call is commented out. Nothing goes to an AI provider."""

import os
import sqlite3

import requests
from flask import Flask, jsonify, request
from openai import OpenAI

app = Flask(__name__)
gateway = OpenAI(base_url=os.environ.get("PHIGATE_URL", "http://127.0.0.1:8080/v1"), api_key=os.environ["PHIGATE_KEY"])
DOCS = "https://platform.openai.com/docs/api-reference/chat"  # the gateway speaks the same API


@app.post("/intake")
def intake():
    form = request.get_json()
    row = (form["email"], form["date_of_birth"], form["symptoms"], form.get("medications", ""))
    with sqlite3.connect("intake.db") as db:
        db.execute("INSERT INTO intake VALUES (?, ?, ?, ?)", row)
    summary = gateway.chat.completions.create(model="local-default", messages=[{"role": "user", "content": row[2]}])
    # openai.ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": form["symptoms"]}])
    requests.post("http://localhost:8080/v1/audit", json={"event": "intake"}, timeout=5)
    return jsonify(summary=summary.choices[0].message.content)
