from flevodesk.domain.enums import FundingStatus
from flevodesk.services.partners import PartnerService
from flevodesk.ui.tabs import record_tab

from .conftest import settle


def test_funding_filter_and_create_with_initiative_and_funder(qtbot, demo_db, bg, answers):
    tab = record_tab("funding", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    assert tab.count_label.text() == "16 aanvragen"
    status = tab.filter_combos["status"]
    status.setCurrentIndex(status.findData(FundingStatus.AFGEWEZEN.value))
    settle(qtbot, bg)
    assert tab.model.matching == 2
    status.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "urk")
    settle(qtbot, bg)
    qtbot.waitUntil(lambda: tab.model.matching == 2)

    tab.new_record()
    form = tab.form
    initiative = form.fields["initiative_id"].combo
    initiative.setCurrentIndex(initiative.findText("Taalcafé Poort"))
    funder = form.fields["funder_id"].combo
    funder.setCurrentIndex(funder.findText("Fonds Buurtkracht (demo)"))
    qtbot.keyClicks(form.fields["amount_requested"].edit, "twaalf")
    tab.save()
    settle(qtbot, bg)
    assert "geen bedrag" in form.errors.message("amount_requested")
    form.fields["amount_requested"].edit.setText("1.250,50")
    tab.save()
    settle(qtbot, bg)
    assert form.record_id is not None
    assert form.record.amount_requested.to_eng_string() == "1250.50"
    assert form.fields["amount_requested"].edit.text() == "1.250,50"


def test_partner_contacts_are_added_edited_and_deleted(qtbot, demo_db, bg, answers):
    tab = record_tab("partner", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    qtbot.keyClicks(tab.search, "welzijn flevoland")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    settle(qtbot, bg)
    tab.table.selectRow(0)
    settle(qtbot, bg)
    form = tab.form
    assert form.contacts.rowCount() == 1

    form._new_contact()
    qtbot.keyClicks(form.contact_fields["name"].edit, "Joke Vos")
    qtbot.keyClicks(form.contact_fields["email"].edit, "joke@")
    form.save_contact()
    settle(qtbot, bg)
    assert "geen geldig e-mailadres" in form.contact_errors.message("email")
    form.contact_fields["email"].edit.setText("joke@voorbeeld.invalid")
    form.save_contact()
    settle(qtbot, bg)
    assert form.contacts.rowCount() == 2

    row = [form.contacts.item(r, 0).text() for r in range(2)].index("Joke Vos")
    form.contacts.selectRow(row)
    qtbot.keyClicks(form.contact_fields["role"].edit, "Coordinator")
    form.save_contact()
    settle(qtbot, bg)
    partner = PartnerService(demo_db).get(form.record_id)
    assert {c.name: c.role for c in partner.contacts}["Joke Vos"] == "Coordinator"

    row = [form.contacts.item(r, 0).text() for r in range(2)].index("Joke Vos")
    form.contacts.selectRow(row)
    form._delete_contact()
    settle(qtbot, bg)
    assert form.contacts.rowCount() == 1
    assert tab.model.index(0, tab.model.columnCount() - 1).data() == "1"
