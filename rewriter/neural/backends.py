"""Neural backends: one interface, two implementations, chosen only by explicit settings.

- `TransformersBackend`: a model directory the municipality provides, loaded in
  process with `local_files_only=True` (nothing is downloaded): a seq2seq
  simplification model, or an instruction-tuned causal model used through its
  chat template. Runs on the GPU when torch sees one, else on the CPU.
  Needs the `neural` extra (`pip install '.[neural]'`).
- `OpenAICompatibleBackend`: POST {base_url}/chat/completions of a server the
  municipality runs itself (vLLM, llama.cpp server, Ollama, a GPT-NL
  deployment), with the standard library's urllib: no extra dependency.

`backend_from_settings` returns None when no backend is configured: then no
module of a backend is imported and no connection is made.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rewriter.errors import SettingsError
from rewriter.settings import Settings


@dataclass(frozen=True, slots=True)
class Prompt:
    """What a backend is asked: house rules and glossary (system) and one section (user)."""

    system: str
    user: str

    def messages(self) -> list[dict[str, str]]:
        """The chat messages of this prompt."""
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]


class BackendError(Exception):
    """A backend could not answer (server down, bad reply, model not loadable)."""


class Backend(Protocol):
    """A neural rewriter: one section in, one rewritten section out."""

    name: str

    def rewrite(self, prompt: Prompt) -> str:
        """Return the model's rewrite of the section in `prompt.user`."""
        ...


class OpenAICompatibleBackend:
    """An OpenAI-compatible chat-completions endpoint on the municipality's own servers."""

    def __init__(
        self, base_url: str, model: str, api_key: str = "", timeout: float = 120.0
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise SettingsError(
                f"neural_base_url moet met http:// of https:// beginnen: {base_url}"
            )
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.name = f"http: {self.base_url} ({model or 'standaardmodel'})"

    def rewrite(self, prompt: Prompt) -> str:
        body: dict[str, Any] = {"messages": prompt.messages(), "temperature": 0}
        if self.model:
            body["model"] = self.model
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json"}
            | ({"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}),
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = json.loads(response.read().decode("utf-8"))
            return str(data["choices"][0]["message"]["content"]).strip()
        except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            raise BackendError(
                f"Het taalmodel gaf geen bruikbaar antwoord ({type(exc).__name__})."
            ) from exc


class TransformersBackend:
    """A local model directory, loaded with transformers (`local_files_only=True`)."""

    def __init__(self, model_dir: str | Path, max_new_tokens: int = 512) -> None:
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise SettingsError(
                "Voor neural_backend = 'transformers' is de extra 'neural' nodig: "
                "pip install '.[neural]'."
            ) from exc
        path = Path(model_dir)
        if not path.is_dir():
            raise SettingsError(f"De modelmap bestaat niet: {path}")
        config = transformers.AutoConfig.from_pretrained(path, local_files_only=True)
        self.seq2seq = bool(getattr(config, "is_encoder_decoder", False))
        auto = (
            transformers.AutoModelForSeq2SeqLM
            if self.seq2seq
            else transformers.AutoModelForCausalLM
        )
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.tokenizer = transformers.AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.model = auto.from_pretrained(path, local_files_only=True).to(self.device)
        self.model.eval()
        self.max_new_tokens = max_new_tokens
        self.name = (
            f"transformers: {path.name} ({'seq2seq' if self.seq2seq else 'causal'}, {self.device})"
        )
        self._torch = torch

    def _input_ids(self, prompt: Prompt) -> Any:
        tok = self.tokenizer
        if not self.seq2seq and getattr(tok, "chat_template", None):
            ids = tok.apply_chat_template(
                prompt.messages(), add_generation_prompt=True, return_tensors="pt"
            )
            return ids if not hasattr(ids, "input_ids") else ids["input_ids"]
        text = prompt.user if self.seq2seq else f"{prompt.system}\n\n{prompt.user}\n\n"
        return tok(text, return_tensors="pt").input_ids

    def rewrite(self, prompt: Prompt) -> str:
        ids = self._input_ids(prompt).to(self.device)
        pad = self.tokenizer.pad_token_id
        if pad is None:
            pad = self.tokenizer.eos_token_id
        with self._torch.no_grad():
            out = self.model.generate(
                input_ids=ids,
                attention_mask=self._torch.ones_like(ids),
                max_new_tokens=self.max_new_tokens,
                do_sample=False,
                pad_token_id=pad,
            )
        new = out[0] if self.seq2seq else out[0][ids.shape[1] :]
        return self.tokenizer.decode(new, skip_special_tokens=True).strip()


def backend_from_settings(settings: Settings) -> Backend | None:
    """The configured backend, or None when no neural backend is configured (the default)."""
    kind = settings.neural_backend.strip().lower()
    if not kind:
        return None
    if kind == "http":
        if not settings.neural_base_url:
            raise SettingsError("neural_backend = 'http' vraagt ook neural_base_url.")
        key = os.environ.get(settings.neural_api_key_env, "") if settings.neural_api_key_env else ""
        return OpenAICompatibleBackend(
            settings.neural_base_url, settings.neural_model, key, settings.neural_timeout
        )
    if kind == "transformers":
        if not settings.neural_model_dir:
            raise SettingsError("neural_backend = 'transformers' vraagt ook neural_model_dir.")
        return TransformersBackend(settings.neural_model_dir)
    raise SettingsError(f"Onbekende neural_backend {kind!r}: kies 'transformers' of 'http'.")


def backend_status(settings: Settings) -> str:
    """A Dutch line for the app: which neural backend is active, if any (without loading it)."""
    kind = settings.neural_backend.strip().lower()
    if kind == "http":
        return f"AI-herschrijven: aan, via {settings.neural_base_url} (eigen server)."
    if kind == "transformers":
        return f"AI-herschrijven: aan, met het lokale model in {settings.neural_model_dir}."
    return "AI-herschrijven: uit (geen taalmodel ingesteld)."
