import gc

from flevodesk.ui.main_thread_gc import collect_on_main_thread


def test_cycles_are_collected_on_the_gui_thread_only(qapp):
    collector = collect_on_main_thread(qapp)
    assert collect_on_main_thread(qapp) is collector
    assert not gc.isenabled()

    class Node:
        pass

    for _ in range(collector.thresholds[0] * 3):
        a, b = Node(), Node()
        a.other, b.other = b, a
    assert collector.collect_due() > 0
