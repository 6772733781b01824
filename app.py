"""Web app for communications staff (Gradio). A thin shell over `rewriter`.

Start: `python app.py` (or `make run`). Listens on 127.0.0.1 only, analytics off.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import gradio as gr

from rewriter.engine import Engine
from rewriter.errors import RewriterError
from rewriter.pipeline import check
from rewriter.present import COLOURS, findings_rows, highlights, score_summary


def build_demo(engine: Engine | None = None) -> gr.Blocks:
    """Build the Blocks app around one shared, read-only Engine."""
    engine = engine or Engine.create()

    def analyse(text: str) -> tuple[list, str, list]:
        try:
            report = check(text, engine)
        except RewriterError as exc:
            raise gr.Error(exc.message) from exc
        return highlights(report), score_summary(report), findings_rows(report)

    with gr.Blocks(title="Keukentafeltaal", analytics_enabled=False) as demo:
        gr.Markdown(
            "# Keukentafeltaal\nPlak een brief. U ziet wat moeilijk is en wat het eenvoudiger kan."
        )
        with gr.Tab("Brief verbeteren"):
            letter = gr.Textbox(
                label="Brief", lines=14, placeholder="Plak hier de tekst van de brief."
            )
            button = gr.Button("Controleer de brief", variant="primary")
            scores = gr.Markdown()
            marked = gr.HighlightedText(
                label="De brief met markeringen", color_map=COLOURS, show_legend=True
            )
            table = gr.Dataframe(
                headers=["soort", "tekst", "uitleg", "voorstel"], label="Wat kan beter", wrap=True
            )
            button.click(
                analyse, inputs=letter, outputs=[marked, scores, table], api_name="analyse"
            )
    return demo


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "7860"))
    build_demo().launch(server_name="127.0.0.1", server_port=port, share=False)
