// Decoy written for the phigate scan corpus: AI SDK providers pointed at the local phigate gateway,
// a commented-out direct provider, and the shop's own back end. No external AI call.
import { createOpenAI } from '@ai-sdk/openai';
import { generateText } from 'ai';

const gateway = createOpenAI({
  baseURL: 'http://localhost:8080/v1',
  apiKey: process.env.PHIGATE_KEY,
});

// const direct = createOpenAI({ baseURL: 'https://api.openai.com/v1' });

export async function suggest(symptoms: string, email: string) {
  await fetch('/apps/intake/log', { method: 'POST', body: JSON.stringify({ email }) });
  const { text } = await generateText({
    model: gateway('gpt-4o-mini'),
    prompt: `Suggest an over-the-counter product for: ${symptoms}`,
  });
  return text;
}
