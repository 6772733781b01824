"""The transformers backend with tiny models built inside the test (nothing is downloaded).

A word-level tokenizer is trained on the fly and small GPT-2 (causal, with a chat
template) and BART (seq2seq) configurations are initialised randomly and saved to
a temporary model directory, which the backend loads with `local_files_only=True`.
Their output is noise, so every section must be refused by `verify`, with the
rule-based proposals as the fallback. Needs the `neural` extra.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import torch
import transformers
from tokenizers import Tokenizer, models, pre_tokenizers, trainers

from rewriter.engine import Engine
from rewriter.neural.backends import Prompt, TransformersBackend, backend_from_settings
from rewriter.neural.propose import neural_proposals
from rewriter.settings import Settings

LETTER = (
    "Datum: 12 maart 2026\n\nBeste mevrouw De Vries,\n\n"
    "Wij hebben besloten dat u vanaf 1 april 2026 huishoudelijke hulp krijgt. "
    "U krijgt 3 uur hulp per week van Zorggroep Salland.\n\n"
    "Indien u het niet eens bent met dit besluit, kunt u binnen zes weken na de datum "
    "van deze brief bezwaar maken.\n"
)
SPECIALS = ["<pad>", "<unk>", "<s>", "</s>"]
CHAT = (
    "{% for m in messages %}<s>{{ m['role'] }}: {{ m['content'] }}</s>{% endfor %}"
    "{% if add_generation_prompt %}<s>assistant:{% endif %}"
)


def _tokenizer() -> transformers.PreTrainedTokenizerFast:
    raw = Tokenizer(models.WordLevel(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.WordLevelTrainer(special_tokens=SPECIALS)
    raw.train_from_iterator([LETTER, "u krijgt hulp van de gemeente"], trainer)
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=raw,
        pad_token="<pad>",
        unk_token="<unk>",
        bos_token="<s>",
        eos_token="</s>",
    )


def _model_dir(tmp_path: Path, kind: str) -> Path:
    torch.manual_seed(0)
    tok = _tokenizer()
    size = dict(vocab_size=len(tok), pad_token_id=0, bos_token_id=2, eos_token_id=3)
    if kind == "causal":
        tok.chat_template = CHAT
        config = transformers.GPT2Config(n_layer=1, n_head=2, n_embd=16, n_positions=512, **size)
        model = transformers.GPT2LMHeadModel(config)
    else:
        config = transformers.BartConfig(
            d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
            decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32,
            max_position_embeddings=512, decoder_start_token_id=3, forced_eos_token_id=3, **size,
        )  # fmt: skip
        model = transformers.BartForConditionalGeneration(config)
    path = tmp_path / kind
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.mark.parametrize("kind", ["causal", "seq2seq"])
def test_tiny_local_model_is_loaded_offline_and_its_noise_refused(
    engine: Engine, tmp_path: Path, monkeypatch, kind: str
) -> None:
    path = _model_dir(tmp_path, kind)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the backend tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    backend = TransformersBackend(path, max_new_tokens=12)
    assert backend.seq2seq is (kind == "seq2seq")
    assert kind in backend.name and "cpu" in backend.name
    out = backend.rewrite(Prompt("Schrijf eenvoudig.", "U krijgt hulp van de gemeente."))
    assert isinstance(out, str)
    assert out == backend.rewrite(Prompt("Schrijf eenvoudig.", "U krijgt hulp van de gemeente."))
    result = neural_proposals(LETTER, engine, backend)
    assert not result.proposals and len(result.refused) == 2
    assert all(refusal.reasons for refusal in result.refused)
    assert result.fallback  # the rule-based proposals stand for the refused sections


def test_transformers_backend_from_settings(tmp_path: Path) -> None:
    path = _model_dir(tmp_path, "causal")
    settings = Settings().updated({"neural_backend": "transformers", "neural_model_dir": str(path)})
    backend = backend_from_settings(settings)
    assert isinstance(backend, TransformersBackend)
