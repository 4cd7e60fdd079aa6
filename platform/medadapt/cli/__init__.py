"""Command line: parse, validate, call the runner or a stage. No logic lives here.

`medadapt run JOB.yaml [a.b=v ...]` drives a whole job; every command that reads a job takes
its file as the first argument. Each stage also has its own subcommand whose options come
from that stage's settings model. Heavy modules are imported inside the commands so `--help`
stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from medadapt.cli.options import given, section_options, setup_logging, user_errors
from medadapt.config import apply_overrides, load_job, validate_section
from medadapt.deid.settings import DeidConfig
from medadapt.errors import UserError
from medadapt.ingest.settings import IngestConfig
from medadapt.review.settings import ReviewConfig
from medadapt.synth.settings import SynthConfig

__all__ = ["app", "main"]

app = typer.Typer(
    name="medadapt",
    help="Adapt medical language models to Kazakh/Russian hospital records on Ray.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
JOB_PANEL, STAGE_PANEL = "Jobs", "Stages"
JobFile = Annotated[Path, typer.Argument(help="job YAML, e.g. jobs/demo.yaml")]
Overrides = Annotated[list[str] | None, typer.Argument(help="a.b=v overrides")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v")]


def _run_stages(job_file: Path, overrides: list[str] | None, verbose: bool,
                only: str | None = None):
    """Load the job, then run all its stages (or just `only`) through the runner."""
    from medadapt.runner import run_job

    setup_logging(verbose)
    with user_errors():
        job = load_job(job_file, overrides or [])
        if only is not None:
            job = job.model_copy(update={"stages": [only]})
        return job, run_job(job)


@app.command(rich_help_panel=JOB_PANEL)
def run(job_file: JobFile, overrides: Overrides = None, verbose: Verbose = False) -> None:
    """Run a job's stages in order, skipping stages whose outputs are complete."""
    job, reports = _run_stages(job_file, overrides, verbose)
    table = Table(title=f"job {job.name}", show_lines=False)
    for column in ("stage", "status", "seconds", "summary", "output"):
        table.add_column(column)
    for rep in reports:
        summary = ", ".join(f"{k}={v}" for k, v in rep.summary.items())
        table.add_row(rep.name, rep.status, f"{rep.seconds:.1f}", summary, str(rep.directory))
    Console().print(table)
    for rep in reports:
        if rep.name == "review":
            print(f"review page: {rep.directory / 'review.html'}")
        if rep.name == "report" and (rep.directory / "headline.txt").is_file():
            print((rep.directory / "headline.txt").read_text(encoding="utf-8").strip())
    print(f"outputs: {job.output_dir}")


@app.command(rich_help_panel=JOB_PANEL)
def validate(job_file: JobFile, overrides: Overrides = None) -> None:
    """Validate a job file (with overrides) and print the resolved config; runs nothing."""
    with user_errors():
        job = load_job(job_file, overrides or [])
    print(job.to_yaml(), end="")


@app.command(rich_help_panel=STAGE_PANEL)
@section_options(SynthConfig, ["patients", "seed", "pages", "languages", "centers", "styles",
                               "bad_files", "scanned"])
def synth(
    out: Annotated[Path, typer.Option("--out", help="output directory (replaced atomically)")],
    **options: Any,
) -> None:
    """Generate synthetic bilingual case-history PDFs with ground truth."""
    with user_errors():
        cfg = validate_section(SynthConfig, given(options, SynthConfig), "synth options")
        from medadapt.synth import generate_corpus

        summary = generate_corpus(cfg, out.expanduser().resolve())
    print(f"synth: {summary.n_records} records, {summary.n_pages} pages, "
          f"{summary.n_bad_files} bad files -> {summary.out_dir}")


@app.command(rich_help_panel=STAGE_PANEL)
@section_options(IngestConfig, ["center", "workers", "timeout_s", "ocr", "strict"])
def ingest(
    inputs: Annotated[list[str], typer.Option("--input", help="folder, glob, list file or URI; "
                                              "repeat for more")],
    output: Annotated[Path, typer.Option("--output", help="output directory")],
    key_file: Annotated[Path | None, typer.Option(
        help=DeidConfig.model_fields["key_file"].description)] = None,
    verbose: Verbose = False,
    **options: Any,
) -> None:
    """Extract, clean and de-identify PDFs into Parquet shards with a manifest (Ray Data)."""
    setup_logging(verbose)
    with user_errors():
        cfg = validate_section(IngestConfig, given(options, IngestConfig), "ingest options")
        deid = validate_section(DeidConfig, {"key_file": key_file}, "deid options")
        from medadapt.pipelines.ingest import run_ingest

        summary = run_ingest(inputs, output.expanduser().resolve(), cfg, deid)
    statuses = ", ".join(f"{k}={v}" for k, v in summary.statuses.items())
    for note in summary.notes:
        print(f"note: {note}")
    print(f"ingest: {summary.files} files ({summary.new_files} new) | {statuses}")
    print(f"ingest: {summary.pages} pages, {summary.pages_ocr} OCR pages, "
          f"{summary.pages_per_s:.1f} pages/s, leak scan: {summary.leaks} findings "
          f"-> {summary.output}")


@app.command(rich_help_panel=STAGE_PANEL)
@section_options(DeidConfig, ["key_file", "use_ner"])
def deid(
    input: Annotated[Path, typer.Option("--input", help='JSONL lines {"id","text","patient"?}')],
    output: Annotated[Path, typer.Option("--output", help="JSONL with text and spans")],
    verbose: Verbose = False,
    **options: Any,
) -> None:
    """De-identify JSONL documents: consistent surrogates, shifted dates, spans on input."""
    from medadapt.deid import Deidentifier, deidentify_jsonl, load_secret

    setup_logging(verbose)
    with user_errors():
        if not input.is_file():
            raise FileNotFoundError(f"--input {input}: no such file")
        cfg = validate_section(DeidConfig, given(options, DeidConfig), "deid options")
        source = load_secret(cfg.key_file)
        counts = deidentify_jsonl(input, output, Deidentifier(source.secret, use_ner=cfg.use_ner))
    by_label = ", ".join(f"{k}={v}" for k, v in counts["spans_by_label"].items())
    print(f"deid: {counts['documents']} documents, {counts['spans']} spans ({by_label}) "
          f"-> {output}")


@app.command(rich_help_panel=STAGE_PANEL)
@section_options(ReviewConfig, ["sample", "seed", "passage_chars"])
def review(
    input: Annotated[Path | None, typer.Option("--input", help="ingest output directory")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="where review.html goes")] = None,
    decisions: Annotated[Path | None, typer.Option(
        "--decisions", help="exported decisions JSON: summarise it instead")] = None,
    **options: Any,
) -> None:
    """A privacy officer's review page for an ingest output, or the summary of its decisions."""
    from medadapt.review import build_review, summarise_decisions

    with user_errors():
        if decisions is not None:
            summary = summarise_decisions(decisions)
            low, high = summary["miss_rate_ci"]
            rate = summary["miss_rate"]
            shown = "n/a" if rate is None else f"{rate:.3f} [{low:.3f}, {high:.3f}]"
            print(f"review: {summary['reviewed']} passages reviewed "
                  f"({summary['reviewed_sampled']} sampled), {summary['missed']} missed, "
                  f"{summary['over_masked']} over-masked; sample miss rate {shown}")
            print("re-check: " + (", ".join(summary["recheck_doc_ids"]) or "none"))
            return
        if input is None or output is None:
            raise UserError("review: give --input INGEST_DIR and --output DIR "
                            "(or --decisions FILE)")
        cfg = validate_section(ReviewConfig, given(options, ReviewConfig), "review options")
        result = build_review(input.expanduser().resolve(), output.expanduser().resolve(), cfg)
    print(f"review: {result.sampled} passages from {result.documents} documents "
          f"({result.flagged} flagged) -> {result.page}")


@app.command(rich_help_panel=STAGE_PANEL)
def corpus(
    input: Annotated[Path, typer.Option("--input", help="ingest output directory")],
    output: Annotated[Path, typer.Option("--output", help="corpus output directory")],
    overrides: Annotated[list[str] | None, typer.Argument(
        help="corpus settings as key=v, e.g. max_tokens=2048 seed=3 'mix={kk: 1, ru: 1}'")] = None,
    verbose: Verbose = False,
) -> None:
    """Orthopedic fields per patient, bilingual ChatML dialogues, patient-level split."""
    from medadapt.corpus.settings import CorpusConfig
    from medadapt.pipelines.corpus import run_corpus

    setup_logging(verbose)
    with user_errors():
        cfg = validate_section(CorpusConfig, apply_overrides({}, overrides or []),
                               "corpus options")
        summary = run_corpus(input.expanduser().resolve(), output.expanduser().resolve(), cfg)
    splits = ", ".join(f"{s}={sum(v.values())}" for s, v in summary["dialogues_by_split"].items())
    print(f"corpus: {summary['patients']} patients, {summary['dialogues']} dialogues ({splits}), "
          f"{sum(summary['removed'].values())} removed by filters, leak scan: "
          f"{summary['leak_scan']['findings']} findings -> {output}")


@app.command(rich_help_panel=STAGE_PANEL)
def train(job_file: JobFile, overrides: Overrides = None, verbose: Verbose = False) -> None:
    """LoRA/DoRA/QLoRA fine-tuning on Ray Train + DeepSpeed (the job's train stage alone)."""
    _, reports = _run_stages(job_file, overrides, verbose, only="train")
    for rep in reports:
        shown = ", ".join(f"{k}={v}" for k, v in rep.summary.items())
        print(f"train: {rep.status} {shown} -> {rep.directory}")


@app.command(rich_help_panel=STAGE_PANEL)
def tune(job_file: JobFile, overrides: Overrides = None, verbose: Verbose = False) -> None:
    """Parallel LoRA search on Ray Tune (ASHA); re-running resumes the same experiment."""
    import json

    from medadapt.tune.outputs import SUMMARY

    job, _ = _run_stages(job_file, overrides, verbose, only="tune")
    summary = json.loads((job.stage_dir("tune") / SUMMARY).read_text(encoding="utf-8"))
    print(f"tune: {summary['trials']} trials ({summary['completed']} completed, "
          f"{summary['stopped']} stopped early, {summary['error']} failed), "
          f"{summary['steps_run']} of {summary['steps_full_grid']} steps run")
    if summary["best_trial"]:
        print(f"best: {summary['best_trial']} {summary['metric']}="
              f"{summary['best_objective']:.4f} {summary['best_config']}")
        print(f"train it: medadapt run {job.stage_dir('tune') / 'best.yaml'}")


@app.command(name="eval", rich_help_panel=STAGE_PANEL)
def eval_(
    model: Annotated[str, typer.Option(help="'tiny', hub id or local path of the base model")],
    items: Annotated[str, typer.Option(help="CSV/JSONL/Parquet with KazMMLU columns, a hub "
                                       "dataset id, or 'synth'")],
    output: Annotated[Path, typer.Option(help="output directory")],
    adapter: Annotated[list[str] | None, typer.Option(
        help="LoRA adapter [NAME=]PATH; repeat to score several on one base")] = None,
    mode: Annotated[str, typer.Option(help="letter | generate | options")] = "letter",
    with_base: Annotated[bool, typer.Option(help="also score the base model")] = False,
    overrides: Annotated[list[str] | None, typer.Argument(
        help="further eval settings as key=v, e.g. subset=... limit=100 actors=2")] = None,
    verbose: Verbose = False,
) -> None:
    """Score a model (and adapters) on KazMMLU-format items: predictions + metrics with CIs."""
    from medadapt.stages.evaluate import eval_command

    setup_logging(verbose)
    with user_errors():
        options = apply_overrides({}, overrides or [])
        summary = eval_command(model, items, output, adapter, mode, with_base, options)
    shown = ", ".join(f"{k}={v}" for k, v in summary.items())
    print(f"eval: {shown} -> {output}")


@app.command(rich_help_panel=STAGE_PANEL)
def report(
    runs: Annotated[list[Path], typer.Option("--runs", help="eval output directories; repeat")],
    output: Annotated[Path, typer.Option(help="report directory")],
    title: Annotated[str | None, typer.Option(help="report title")] = None,
) -> None:
    """Table-2-style Markdown/CSV and figures from eval runs (also logged to W&B offline)."""
    from medadapt.stages.evaluate import report_command

    with user_errors():
        summary = report_command(runs, output, {"title": title} if title else None)
    print(f"report: {summary['rows']} rows, files: {', '.join(map(str, summary['files']))}")


from medadapt.cli import cluster as _cluster  # noqa: E402,F401  (registers submit / jobs)


def main() -> None:
    app()
