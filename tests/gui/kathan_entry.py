"""A test entry point: open the workbench on a project, make one edit through the label action,
say so on stdout, and keep running until killed (tests SIGKILL it right after the message)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(project: str, phrase: str) -> int:
    from gui.app import application, create_window

    app = application()
    window = create_window(project, "killed")
    window.show()
    text = window.controller.document.text
    start = text.index(phrase)
    window.view.select_text(start, start + len(phrase))
    quote_action = next(a for a in window.palette_bar.label_actions if a.data() == "QUOTE")
    quote_action.trigger()
    added = [s for s in window.controller.spans if s.label == "QUOTE"]
    print(f"EDITED {added[0].id if added else 0}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
