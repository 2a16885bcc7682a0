"""Turning OpenAI chat messages into one prompt string for a llama.cpp model.

Gemma 3's GGUF from the packaged model carries no chat template, so Gemma's turn format is written
here: ``<start_of_turn>user`` / ``<start_of_turn>model`` turns closed by ``<end_of_turn>``. Gemma has
no system role; the system text leads the first user turn, as Google's own template does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from phigate.errors import RequestError

GEMMA_STOP = ("<end_of_turn>",)


def message_text(message: dict[str, Any], index: int) -> str:
    """The text of a message; content parts other than text are refused for text-only models."""
    content = message.get("content")
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    texts = []
    for j, part in enumerate(content):
        if part.get("type") != "text":
            raise RequestError(
                f"this model accepts text only; messages[{index}].content[{j}] is of type {part.get('type')!r}",
                param=f"messages[{index}].content[{j}]",
            )
        texts.append(str(part.get("text", "")))
    return "\n".join(texts)


def gemma_prompt(messages: Sequence[dict[str, Any]]) -> str:
    system: list[str] = []
    turns: list[tuple[str, str]] = []
    for i, message in enumerate(messages):
        role = message["role"]
        text = message_text(message, i)
        if role in ("system", "developer"):
            system.append(text)
            continue
        if role == "tool":
            text = f"Tool result: {text}"
        speaker = "model" if role == "assistant" else "user"
        if speaker == "model" and message.get("tool_calls"):
            calls = "; ".join(
                f"{c.get('function', {}).get('name')}({c.get('function', {}).get('arguments')})"
                for c in message["tool_calls"]
            )
            text = f"{text}\nCalled: {calls}".strip()
        if turns and turns[-1][0] == speaker:
            turns[-1] = (speaker, f"{turns[-1][1]}\n\n{text}")
        else:
            turns.append((speaker, text))
    if system:
        lead = "\n\n".join(system)
        if turns and turns[0][0] == "user":
            turns[0] = ("user", f"{lead}\n\n{turns[0][1]}")
        else:
            turns.insert(0, ("user", lead))
    body = "".join(f"<start_of_turn>{speaker}\n{text}<end_of_turn>\n" for speaker, text in turns)
    return body + "<start_of_turn>model\n"
