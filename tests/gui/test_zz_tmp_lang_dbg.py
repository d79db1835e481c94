import pytest
from PySide6.QtCore import QEvent
from relate_desktop.gui.main_window import MainWindow
from tests.gui.test_customer_language import test_the_remark_editor_starts_in_the_customers_language_and_saves_the_one_chosen as inner

@pytest.fixture(autouse=True)
def spy(monkeypatch):
    orig = MainWindow.changeEvent
    def ce(self, e):
        if e.type() == QEvent.Type.PaletteChange:
            print("PALETTE CHANGE")
        orig(self, e)
    monkeypatch.setattr(MainWindow, "changeEvent", ce)

@pytest.mark.parametrize("n", range(4))
def test_again(n, qtbot, services, manager, window):
    inner(qtbot, services, manager, window)
