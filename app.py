"""Web app for communications staff (Gradio 6 Blocks): a thin shell over `rewriter`.

Start: `python app.py`, `make run` or `rewriter serve`. Listens on 127.0.0.1,
analytics off, no outbound traffic. Each browser session keeps its own
analysis in gr.State; only the municipality's glossary overlay is shared,
and it is written atomically.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
_TMP = Path(tempfile.mkdtemp(prefix="keukentafeltaal-"))
os.environ.setdefault("GRADIO_TEMP_DIR", str(_TMP))

import gradio as gr  # noqa: E402
from gradio.utils import get_upload_folder  # noqa: E402

from rewriter import workbench as wb  # noqa: E402
from rewriter.errors import InputError, RewriterError  # noqa: E402
from rewriter.inputgate import check_reference, check_text  # noqa: E402
from rewriter.present import COLOURS, highlights  # noqa: E402
from rewriter.readers import read_text  # noqa: E402
from rewriter.render import ContactChoice  # noqa: E402
from rewriter.settings import Settings  # noqa: E402

DEFAULT_OVERLAY = Path(os.environ.get("KEUKENTAFELTAAL_OVERLAY", "data/woordenlijst-gemeente.yaml"))
CSS = "#niveau {min-height: 3em} .gradio-container {max-width: 1400px !important}"


def uploads_only(field: gr.File) -> gr.File:
    """Make a file field open only files uploaded to this server.

    Gradio downloads a file reference that is a URL (and resolves its host
    name first); here a URL, or a path outside the upload folder, is refused
    before any name is resolved. (The field's methods are wrapped on the
    instance: a subclass of a Gradio component makes Gradio write a .pyi file.)
    """

    def only_uploads(reference: str | Path | None) -> None:
        if reference is not None:
            try:
                check_reference(reference, field.GRADIO_CACHE)
            except InputError as exc:
                raise gr.Error(exc.message) from exc

    move_async = field.async_move_resource_to_block_cache
    move = field.move_resource_to_block_cache

    async def async_move_resource_to_block_cache(url_or_file_path: str | Path | None) -> str | None:
        only_uploads(url_or_file_path)
        return await move_async(url_or_file_path)

    def move_resource_to_block_cache(url_or_file_path: str | Path | None) -> str | None:
        only_uploads(url_or_file_path)
        return move(url_or_file_path)

    field.async_move_resource_to_block_cache = async_move_resource_to_block_cache
    field.move_resource_to_block_cache = move_resource_to_block_cache
    return field


def build_demo(settings: Settings | None = None, overlay: Path | None = None) -> gr.Blocks:
    """Build the app around one shared engine holder."""
    holder = wb.EngineHolder(settings or Settings(), overlay or DEFAULT_OVERLAY)
    limits = holder.settings

    def analyse(text: str, upload: str | None):
        try:
            if upload:
                text = read_text(
                    check_reference(upload, get_upload_folder()),
                    max_bytes=limits.max_letter_bytes,
                    max_chars=limits.max_letter_chars,
                )
            check_text(text or "", limits.max_letter_chars)
            analysis = wb.analyse_text(text or "", holder.get())
        except RewriterError as exc:
            raise gr.Error(exc.message) from exc
        report = analysis.report
        rows = wb.proposal_rows(analysis)
        result = wb.preview(analysis, [r[0] for r in rows])
        options = wb.contact_options(report.letter.text, holder.get())
        return (
            analysis, text, wb.cefr_badge(report), wb.sentence_chart(report), wb.category_counts(report),
            highlights(report), rows, result.text, wb.diff_pieces(report.letter.text, result.text),
            wb.fact_status(analysis, result), gr.update(choices=options, value=options[0] if options else None),
        )  # fmt: skip

    def update_preview(analysis: wb.Analysis | None, table):  # noqa: ANN001
        if analysis is None:
            return "", [], ""
        ticks = [bool(row[0]) for row in _rows(table)]
        result = wb.preview(analysis, ticks)
        text = analysis.report.letter.text
        return result.text, wb.diff_pieces(text, result.text), wb.fact_status(analysis, result)

    def explain(analysis: wb.Analysis | None, evt: gr.SelectData) -> str:
        if analysis is None:
            return ""
        pieces = highlights(analysis.report)
        offset = sum(len(p) for p, _ in pieces[: evt.index])
        return wb.finding_details(analysis.report, analysis.proposals, offset)

    def make_letter(analysis, table, keep, name, phone, email, hours):  # noqa: ANN001
        if analysis is None:
            raise gr.Error("Controleer eerst een brief.")
        ticks = [bool(row[0]) for row in _rows(table)]
        text = wb.preview(analysis, ticks).text
        if keep and not phone and any(ch.isdigit() for ch in keep):
            phone = keep
        if keep and not email and "@" in keep:
            email = keep
        folder = Path(tempfile.mkdtemp(dir=_TMP))
        try:
            files = wb.downloads(
                text, holder.get(), folder, ContactChoice(name, phone, email, hours)
            )
        except RewriterError as exc:
            raise gr.Error(exc.message) from exc
        return [str(files[k]) for k in ("pdf", "docx", "html", "txt")]

    def convert(upload: str | None, accept: str, progress=gr.Progress(track_tqdm=True)):  # noqa: ANN001, B008
        if not upload:
            raise gr.Error("Kies eerst een .zip met brieven.")
        try:
            archive, summary = wb.convert_library(
                check_reference(upload, get_upload_folder()),
                Path(tempfile.mkdtemp(dir=_TMP)),
                accept,
            )
        except RewriterError as exc:
            raise gr.Error(exc.message) from exc
        return str(archive), summary

    def search(query: str):
        return wb.glossary_rows(holder.get(), query)

    def save(entry_id, etype, terms, plain, reason, flag, fix, near, query):  # noqa: ANN001
        raw = wb.overlay_entry(entry_id, etype, terms, plain, reason, flag, fix, near)
        try:
            wb.save_overlay_entry(holder.overlay, raw, holder.get())
            engine = holder.reload()
        except RewriterError as exc:
            return f"❌ Niet opgeslagen: {exc.message}", gr.update()
        return (
            f"✅ Opgeslagen: '{raw['id']}'. Dit geldt vanaf de volgende controle.",
            wb.glossary_rows(engine, query),
        )

    def disable(entry_id: str, query: str):
        if not entry_id.strip():
            return "Vul het id in van het woord dat u wilt uitzetten.", gr.update()
        wb.disable_entry(holder.overlay, entry_id.strip())
        engine = holder.reload()
        return f"✅ '{entry_id.strip()}' staat uit.", wb.glossary_rows(engine, query)

    with gr.Blocks(
        title="Keukentafeltaal", analytics_enabled=False, delete_cache=(3600, 3600)
    ) as demo:
        state = gr.State(None)
        gr.Markdown(
            "# Keukentafeltaal\nPlak een brief of kies een bestand. U ziet wat moeilijk is en hoe het eenvoudiger kan."
        )
        with gr.Tab("Brief verbeteren"):
            with gr.Row():
                with gr.Column(scale=3):
                    letter = gr.Textbox(
                        label="Brief",
                        lines=12,
                        elem_id="brief",
                        placeholder="Plak hier de tekst van de brief.",
                    )
                    upload = uploads_only(
                        gr.File(
                            label="Of kies een bestand (.docx, .odt, .txt, .md, .html, .pdf)",
                            elem_id="upload",
                            file_types=[".docx", ".odt", ".txt", ".md", ".html", ".pdf"],
                            type="filepath",
                        )
                    )
                    button = gr.Button(
                        "Controleer de brief", variant="primary", elem_id="analyseer"
                    )
                with gr.Column(scale=2):
                    badge = gr.HTML(elem_id="niveau")
                    chart = gr.HTML(elem_id="zinslengte")
                    counts = gr.Markdown(elem_id="aantallen")
            marked = gr.HighlightedText(
                label="De brief met markeringen (klik op een markering)",
                color_map=COLOURS,
                show_legend=True,
                combine_adjacent=True,
                elem_id="markeringen",
            )
            details = gr.Markdown(
                "Kies een gemarkeerd stuk tekst om de uitleg te zien.", elem_id="uitleg"
            )
            table = gr.Dataframe(
                headers=["toepassen", "soort", "nu", "voorstel", "uitleg"],
                datatype=["bool", "str", "str", "str", "str"],
                interactive=True,
                static_columns=[1, 2, 3, 4],
                label="Voorstellen (vink aan wat u wilt)",
                elem_id="voorstellen",
                wrap=True,
            )
            facts = gr.Markdown(elem_id="feiten")
            with gr.Row():
                preview = gr.Textbox(
                    label="Zo wordt de brief", lines=12, interactive=False, elem_id="voorbeeld"
                )
                diff = gr.HighlightedText(
                    label="Wat verandert",
                    color_map={"+": "#a5d6a7", "-": "#ef9a9a"},
                    combine_adjacent=True,
                    elem_id="verschil",
                )
            gr.Markdown(
                "### Eén contactpersoon\nKies wie de lezer kan bellen. Alle andere nummers gaan uit de brief."
            )
            with gr.Row():
                keep = gr.Dropdown(
                    label="Nummer of e-mail uit de brief", choices=[], elem_id="contactkeuze"
                )
                name = gr.Textbox(label="Naam", elem_id="contactnaam")
                phone = gr.Textbox(label="Telefoon", elem_id="contacttelefoon")
                email = gr.Textbox(label="E-mail", elem_id="contactmail")
                hours = gr.Textbox(
                    label="Bereikbaar",
                    elem_id="contacttijden",
                    placeholder="op maandag tot en met donderdag",
                )
            make = gr.Button("Maak de brief van één pagina", elem_id="maak")
            files = gr.File(label="Downloaden", file_count="multiple", elem_id="downloads")
            outputs = [
                state,
                letter,
                badge,
                chart,
                counts,
                marked,
                table,
                preview,
                diff,
                facts,
                keep,
            ]
            button.click(analyse, [letter, upload], outputs, api_name="analyse")
            upload.upload(analyse, [letter, upload], outputs, api_visibility="private")
            table.change(
                update_preview, [state, table], [preview, diff, facts], api_name="voorbeeld"
            )
            marked.select(explain, [state], details, api_visibility="private")
            make.click(
                make_letter, [state, table, keep, name, phone, email, hours], files, api_name="maak"
            )
        with gr.Tab("Bibliotheek"):
            gr.Markdown(
                "### Een hele map met brieven omzetten\nKies een .zip met brieven (.docx, .odt, .txt, .md, .html, .pdf). "
                "U krijgt een .zip terug met de nieuwe brieven en een rapport."
            )
            with gr.Row():
                lib_in = uploads_only(
                    gr.File(
                        label="Zip met brieven",
                        file_types=[".zip"],
                        type="filepath",
                        elem_id="bibliotheek-zip",
                    )
                )
                lib_accept = gr.Radio(
                    [("alleen veilige voorstellen", "safe"), ("alle voorstellen", "all")],
                    value="safe",
                    label="Welke voorstellen?",
                    elem_id="bibliotheek-keuze",
                )
            lib_btn = gr.Button("Zet de brieven om", variant="primary", elem_id="bibliotheek-start")
            lib_status = gr.Markdown(elem_id="bibliotheek-status")
            lib_out = gr.File(label="Downloaden", elem_id="bibliotheek-download")
            lib_btn.click(
                convert, [lib_in, lib_accept], [lib_out, lib_status], api_name="bibliotheek"
            )
        with gr.Tab("Woordenlijst"):
            query = gr.Textbox(label="Zoek een woord", elem_id="zoek")
            glossary = gr.Dataframe(
                headers=["woord", "soort", "eenvoudiger", "waarom", "bron", "voorbeeld", "id"],
                value=wb.glossary_rows(holder.get()),
                interactive=False,
                wrap=True,
                column_widths=["13%", "9%", "17%", "24%", "13%", "16%", "8%"],
                max_height=420,
                elem_id="woordenlijst",
            )
            query.change(search, query, glossary, api_name="zoek")
            gr.Markdown(
                "### Woord toevoegen of aanpassen\nZet in het voorbeeld het moeilijke woord tussen [ ]."
            )
            with gr.Row():
                f_id = gr.Textbox(label="Id (kleine letters, streepjes)", elem_id="nieuw-id")
                f_type = gr.Dropdown(
                    label="Soort",
                    choices=[(v, k) for k, v in wb.TYPE_LABELS.items()],
                    value="replace",
                    elem_id="nieuw-soort",
                )
                f_terms = gr.Textbox(label="Moeilijk woord (met de of het)", elem_id="nieuw-woord")
                f_plain = gr.Textbox(label="Eenvoudiger (met de of het)", elem_id="nieuw-eenvoudig")
            f_reason = gr.Textbox(label="Waarom (voor de schrijver)", elem_id="nieuw-waarom")
            with gr.Row():
                f_flag = gr.Textbox(label="Voorbeeldzin met [woord]", elem_id="nieuw-voorbeeld")
                f_fix = gr.Textbox(label="Dezelfde zin, verbeterd", elem_id="nieuw-verbeterd")
                f_near = gr.Textbox(
                    label="Zin die niet gemarkeerd mag worden", elem_id="nieuw-bijna"
                )
            save_btn = gr.Button("Opslaan", variant="primary", elem_id="opslaan")
            status = gr.Markdown(elem_id="opslagstatus")
            save_btn.click(
                save,
                [f_id, f_type, f_terms, f_plain, f_reason, f_flag, f_fix, f_near, query],
                [status, glossary],
                api_name="opslaan",
            )
            with gr.Row():
                off_id = gr.Textbox(label="Id van een woord om uit te zetten", elem_id="uit-id")
                off_btn = gr.Button("Uitzetten", elem_id="uitzetten")
            off_btn.click(disable, [off_id, query], [status, glossary], api_name="uitzetten")
    return demo


def _rows(table) -> list[list]:  # noqa: ANN001
    if table is None:
        return []
    if hasattr(table, "values"):
        return table.values.tolist()
    if isinstance(table, dict):
        return table.get("data", [])
    return list(table)


def launch(host: str = "127.0.0.1", port: int = 7860) -> None:
    """Start the app on a loopback address with analytics off."""
    build_demo().launch(
        server_name=host, server_port=port, share=False, css=CSS, allowed_paths=[str(_TMP)]
    )


if __name__ == "__main__":
    launch(port=int(os.environ.get("PORT", "7860")))
