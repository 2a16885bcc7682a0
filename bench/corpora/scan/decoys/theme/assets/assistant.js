// Decoy: the storefront assistant talks to the shop's own app proxy, which forwards to the phigate gateway.
// Docs: the proxy speaks the same API as api.openai.com, see https://platform.openai.com/docs/api-reference/chat
import OpenAI from "openai";

const gateway = new OpenAI({ apiKey: "storefront", baseURL: "/apps/assistant/v1", dangerouslyAllowBrowser: true });

export async function ask(question) {
  const email = document.querySelector("#customer_email")?.value;
  const answer = await gateway.chat.completions.create({
    model: "local-default",
    messages: [{ role: "user", content: `${question} (asked by ${email})` }],
  });
  await fetch("/cart/update.js", { method: "POST", body: JSON.stringify({ note: answer.id }) });
  // await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ question }) });
  return answer;
}

export const providerNote = "Model calls never go to api.anthropic.com or api.openai.com directly.";
