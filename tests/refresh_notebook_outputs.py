"""Rewrite the checked outputs of the notebooks (run on purpose, never by the tests).

The notebooks in ``notebooks/`` are committed without outputs except the cells marked
``# NBVAL_CHECK_OUTPUT``: their outputs are deterministic facts about ``data/`` (counts, tables)
that ``make test`` checks with nbval. After a change that is meant to change those facts (new
data, better extraction), run::

    .venv/bin/python tests/refresh_notebook_outputs.py

and review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
MARK = "# NBVAL_CHECK_OUTPUT"


def refresh(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    nb.metadata.pop("widgets", None)  # widget state is bulky and only useful in rendered pages
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if not cell.source.startswith(MARK):
            cell.outputs = []
            cell.execution_count = None  # nbval treats these as never run: nothing to compare
    nbformat.write(nb, path)
    print(f"refreshed {path.name}")


if __name__ == "__main__":
    for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
        refresh(notebook)
