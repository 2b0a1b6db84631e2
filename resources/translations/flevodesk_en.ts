<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>flexibel (in overleg)</source>
        <extracomment>One box per stored value (&quot;ma-ochtend&quot;, ..., &quot;flexibel&quot;).</extracomment>
        <translation>flexible (by arrangement)</translation>
    </message>
    <message>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>vóór herstel</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>onbruikbaar bestand</source>
        <translation>unusable file</translation>
    </message>
    <message>
        <source>vóór verwijderen voorbeeldgegevens</source>
        <translation>before removing sample data</translation>
    </message>
    <message>
        <source>Wachtzin van %1:</source>
        <extracomment>How often the passphrase of an older backup may be typed wrong before giving up.</extracomment>
        <translation>Passphrase of %1:</translation>
    </message>
    <message>
        <source>Wachtzin van de reservekopie</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <extracomment>Takes over a new handle on the database (the main window&apos;s ``attach``).</extracomment>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>De wachtzin van de reservekopie klopt niet.</source>
        <translation>The passphrase of the backup is not correct.</translation>
    </message>
    <message>
        <source>vóór bijwerken</source>
        <translation>before update</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Dagelijkse kopieën bewaren:</source>
        <translation>Daily backups to keep:</translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>De database wordt vervangen door de kopie van %1. Van de huidige database wordt eerst een kopie bewaard.

Doorgaan?</source>
        <translation>The database will be replaced by the backup of %1. A copy of the current database is kept first.

Continue?</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Teruggezet. De vorige database staat bewaard als %1.</source>
        <translation>Restored. The previous database has been kept as %1.</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <extracomment>What a field without a value shows in the dialog.</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Opgeslagen: %1, samen met de wijziging van %2 (%3).</source>
        <translation>Saved: %1, together with the change made by %2 (%3).</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1 Uw wijzigingen staan nog in het formulier.</source>
        <translation>Not saved: %1 Your changes are still in the form.</translation>
    </message>
    <message>
        <source>Tegelijk gewijzigd</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <source>U heeft dezelfde velden gewijzigd; kies per veld welke waarde blijft.</source>
        <translation>You both changed the same fields; choose for each field which value to keep.</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Uw waarde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Waarde van %1 (%2)</source>
        <translation>Value of %1 (%2)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <extracomment>Per field: the button that keeps the user&apos;s value and the colleague&apos;s.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Vrijwilligers &amp;importeren…</source>
        <extracomment>What the current tab shows: its listing and query, or ``None`` for a tab without a table. Takes over a new handle, when a restore put an encrypted backup in place.</extracomment>
        <translation>&amp;Import volunteers…</translation>
    </message>
    <message>
        <source>Tabel exporteren naar &amp;CSV…</source>
        <translation>Export table to &amp;CSV…</translation>
    </message>
    <message>
        <source>Tabel exporteren naar &amp;Excel…</source>
        <translation>Export table to &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Deadlines naar agenda (.ics)…</source>
        <translation>&amp;Deadlines to calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen (.vcf)…</source>
        <translation>Con&amp;tacts (.vcf)…</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen ongedaan maken</source>
        <translation>Undo &amp;merge</translation>
    </message>
    <message>
        <source>Deze tab heeft geen tabel om te exporteren.</source>
        <translation>This tab has no table to export.</translation>
    </message>
    <message>
        <source>Excel-bestanden (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Tabel exporteren</source>
        <translation>Export table</translation>
    </message>
    <message numerus="yes">
        <source>%n rijen geschreven naar %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines exporteren</source>
        <translation>Export deadlines</translation>
    </message>
    <message>
        <source>Agendabestanden (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines geschreven naar %1.</source>
        <translation>
            <numerusform>%n deadline written to %1.</numerusform>
            <numerusform>%n deadlines written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contactpersonen exporteren</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>Contactkaarten (*.vcf)</source>
        <translation>Contact cards (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitekaartjes geschreven naar %1.</source>
        <translation>
            <numerusform>%n contact card written to %1.</numerusform>
            <numerusform>%n contact cards written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Reservekopieën (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Reservekopieën (*.sqlite3 *.db *.sqlite)</source>
        <translation>Backups (*.sqlite3 *.db *.sqlite)</translation>
    </message>
    <message>
        <source>Alle huidige gegevens worden vervangen door die uit %1. Een kopie van de huidige database wordt eerst bewaard in %2. Doorgaan?</source>
        <translation>All current data will be replaced by the data in %1. A copy of the current database is kept in %2 first. Continue?</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>De vorige database staat in %1.</source>
        <translation>The previous database is in %1.</translation>
    </message>
    <message>
        <source>Samenvoegen ongedaan maken</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Er is geen samenvoeging om ongedaan te maken.</source>
        <translation>There is no merge to undo.</translation>
    </message>
    <message>
        <source>%1 ongedaan maken?</source>
        <translation>Undo %1?</translation>
    </message>
    <message>
        <source>Samenvoegen ongedaan maken…</source>
        <translation>Undoing the merge…</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Nieuwe wachtzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Kies een wachtzin van een paar woorden. Zonder wachtzin zijn de gegevens niet terug te halen: bewaar hem op een veilige plek.

Wachtzin:</source>
        <translation>Choose a passphrase of a few words. Without the passphrase the data cannot be recovered: keep it in a safe place.

Passphrase:</translation>
    </message>
    <message>
        <source>Nogmaals:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <source>De twee wachtzinnen verschillen; er is niets gewijzigd.</source>
        <translation>The two passphrases differ; nothing has been changed.</translation>
    </message>
    <message>
        <source>Vrijwilligers voor &amp;partners exporteren…</source>
        <translation>Export volunteers for &amp;partners…</translation>
    </message>
    <message>
        <source>Alleen actieve vrijwilligers die toestemming gaven hun gegevens met partners te delen, en alleen naam, woonplaats en contactgegevens.</source>
        <translation>Only active volunteers who agreed to share their details with partners, and only their name, place of residence and contact details.</translation>
    </message>
    <message>
        <source>&amp;Overzichtsmateriaal…</source>
        <translation>&amp;Overview material…</translation>
    </message>
    <message>
        <source>Voor wie de voorbeelden en verwijzingen van het algemeen beeld zijn, en hun webadres</source>
        <translation>Who the overview&apos;s examples and links are for, and their web addresses</translation>
    </message>
    <message>
        <source>Reservekopieën &amp;beheren…</source>
        <translation>Manage bac&amp;kups…</translation>
    </message>
    <message>
        <source>Database &amp;versleutelen…</source>
        <translation>E&amp;ncrypt database…</translation>
    </message>
    <message>
        <source>&amp;Wachtzin wijzigen…</source>
        <translation>Change passp&amp;hrase…</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Vrijwilligers voor partners</source>
        <translation>Volunteers for partners</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv);;Excel-bestanden (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel files (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n vrijwilligers met toestemming om gegevens met partners te delen geschreven naar %1.</source>
        <translation>
            <numerusform>%n volunteer who agreed to share their details with partners written to %1.</numerusform>
            <numerusform>%n volunteers who agreed to share their details with partners written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>De database is versleuteld. Bewaar de wachtzin goed: zonder wachtzin zijn de gegevens niet terug te halen.</source>
        <translation>The database is encrypted. Keep the passphrase safe: without it the data cannot be recovered.</translation>
    </message>
    <message>
        <source>Database versleutelen…</source>
        <translation>Encrypting the database…</translation>
    </message>
    <message>
        <source>Wachtzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Huidige wachtzin:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>De wachtzin is gewijzigd; de oude opent de database niet meer. Bestaande reservekopieën openen alleen met de oude wachtzin.</source>
        <translation>The passphrase has been changed; the old one no longer opens the database. Existing backups open only with the old passphrase.</translation>
    </message>
    <message>
        <source>De huidige wachtzin klopt niet; er is niets gewijzigd.</source>
        <translation>The current passphrase is not correct; nothing has been changed.</translation>
    </message>
    <message>
        <source>Wachtzin wijzigen…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>Voorbeeldgegevens verwijderen</source>
        <translation>Remove sample data</translation>
    </message>
    <message>
        <source>&amp;Voorbeeldgegevens verwijderen…</source>
        <translation>Remove &amp;sample data…</translation>
    </message>
    <message>
        <source>Haalt de verzonnen demoset weg; wat u zelf invoerde, blijft staan.</source>
        <translation>Removes the made-up demo set; what you entered yourself stays.</translation>
    </message>
    <message>
        <source>Er staan geen voorbeeldgegevens in deze database; er is niets verwijderd.</source>
        <translation>This database holds no sample data; nothing has been removed.</translation>
    </message>
    <message numerus="yes">
        <source>De %n voorbeeldrecords (verzonnen initiatieven, vrijwilligers, aanvragen en partners) worden verwijderd, met hun inzet, uren en begrotingen. Wat u zelf invoerde of aan de voorbeelden veranderde, blijft staan. Eerst komt er een reservekopie in %1. Doorgaan?</source>
        <translation>
            <numerusform>The %n sample record (made-up initiatives, volunteers, applications and partners) will be removed, with its engagements, hours and budgets. What you entered yourself or changed in the samples stays. A backup is made in %1 first. Continue?</numerusform>
            <numerusform>The %n sample records (made-up initiatives, volunteers, applications and partners) will be removed, with their engagements, hours and budgets. What you entered yourself or changed in the samples stays. A backup is made in %1 first. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <source>Voorbeeldgegevens verwijderen…</source>
        <translation>Removing the sample data…</translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>U heeft %1 gewijzigd maar nog niet opgeslagen.</source>
        <translation>You have changed %1 but not saved it yet.</translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 verwijderen?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>Daarmee verdwijnen ook: %1.</source>
        <translation>This also removes: %1.</translation>
    </message>
    <message>
        <source>U kunt dit ongedaan maken met Ctrl+Z (Bewerken &gt; Ongedaan maken).</source>
        <translation>You can undo this with Ctrl+Z (Edit &gt; Undo).</translation>
    </message>
    <message>
        <source>FlevoDesk</source>
        <translation>FlevoDesk</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <extracomment>A domain rule for one value (``clean_email``): raises ``ValidationError`` naming the field.</extracomment>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>uren</source>
        <extracomment>The value last given, kept while the options that hold it have not arrived. The picks last given, kept while the options that hold them have not arrived.</extracomment>
        <translation>hours</translation>
    </message>
    <message>
        <source>Bijvoorbeeld 2, 1,5, 1:30, 90 min of 2 uur</source>
        <translation>For example 2, 1.5, 1:30, 90 min or 2 hours</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Zoeken &amp;in:</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Options read from the pickers&apos; lists, given the values the other filters have now. The name the worklist, the settings and the command line use (&quot;person&quot;). The tab&apos;s title, in the user&apos;s language.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Eigen bijdrage</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Gedekt</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>In behandeling</source>
        <translation>Under consideration</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Nog niet gedekt</source>
        <translation>Not yet covered</translation>
    </message>
    <message>
        <source>Overgefinancierd</source>
        <translation>Overfunded</translation>
    </message>
    <message>
        <source>Financieringsplan en trackrecord afdrukken…</source>
        <translation>Print financing plan and track record…</translation>
    </message>
    <message>
        <source>Meer dan nodig</source>
        <translation>More than needed</translation>
    </message>
    <message>
        <source>Er is %1 meer gedekt dan de begroting.</source>
        <translation>%1 more is covered than the budget.</translation>
    </message>
    <message>
        <source>Bij meer dan één financier gevraagd: %1.</source>
        <translation>Requested from more than one funder: %1.</translation>
    </message>
    <message>
        <source>Dit record valt buiten de huidige zoekopdracht.</source>
        <translation>This record falls outside the current search.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: controleer %1.</source>
        <translation>Not saved: check %1.</translation>
    </message>
    <message>
        <source>het formulier</source>
        <translation>the form</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Besluit op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Toegekend (€)</source>
        <translation>Granted (€)</translation>
    </message>
    <message>
        <source>Reden van afwijzing</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>(kies een reden)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>vul de datum van het besluit in</source>
        <translation>fill in the date of the decision</translation>
    </message>
    <message>
        <source>Verplichting</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Gedaan op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Gedaan (vandaag)</source>
        <translation>Done (today)</translation>
    </message>
    <message>
        <source>Toch nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Betaald op</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Begrotingsregel</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Bon</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Soort kosten</source>
        <translation>Type of cost</translation>
    </message>
    <message>
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>bestand of kenmerk, zoals bon 12</source>
        <translation>file or reference, such as receipt 12</translation>
    </message>
    <message>
        <source>Bon als bestand…</source>
        <translation>Receipt as a file…</translation>
    </message>
    <message>
        <source>Uitgave toevoegen</source>
        <translation>Add expense</translation>
    </message>
    <message>
        <source>Uitgave verwijderen</source>
        <translation>Remove expense</translation>
    </message>
    <message>
        <source>buiten de begroting</source>
        <translation>outside the budget</translation>
    </message>
    <message>
        <source>Bon kiezen</source>
        <translation>Choose receipt</translation>
    </message>
    <message>
        <source>Bonnen (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)</source>
        <translation>Receipts (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>deze uitgave</source>
        <translation>this expense</translation>
    </message>
    <message>
        <source>Besteed</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Regel toevoegen</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Totaal begroting: %1</source>
        <translation>Total budget: %1</translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Alle persoonsgegevens van %1 onherroepelijk wissen? Uren en inzet blijven anoniem bewaard voor de statistiek. Dit kan niet ongedaan worden gemaakt, en wat u tot nu toe met Ctrl+Z ongedaan kon maken vervalt.</source>
        <translation>Erase all personal data of %1 for good? Hours and engagements are kept anonymously for the statistics. This cannot be undone, and whatever you could undo with Ctrl+Z so far can no longer be undone.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Toestemmingen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Intrekken (vandaag)</source>
        <translation>Withdraw (today)</translation>
    </message>
    <message>
        <source>&lt;b&gt;VOG-register&lt;/b&gt; (geen kopie van de verklaring)</source>
        <translation>&lt;b&gt;Certificate of conduct (VOG) register&lt;/b&gt; (no copy of the certificate)</translation>
    </message>
    <message>
        <source>Screeningsprofiel</source>
        <translation>Screening profile</translation>
    </message>
    <message>
        <source>Ingezien op</source>
        <translation>Seen on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Aangevraagd op</source>
        <translation>Applied for on</translation>
    </message>
    <message>
        <source>Ingezien door</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <source>Geldig tot (leeg: volgens rol)</source>
        <translation>Valid until (empty: as the role sets)</translation>
    </message>
    <message>
        <source>VOG registreren</source>
        <translation>Register VOG</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wijzigingslogboek&lt;/b&gt;</source>
        <translation>&lt;b&gt;Change log&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Inzageverzoek (export)…</source>
        <translation>Subject access request (export)…</translation>
    </message>
    <message>
        <source>Anonimiseren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Geanonimiseerd op %1.</source>
        <translation>Anonymised on %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Let op:&lt;/b&gt; geen geldige VOG, nodig voor de rol %1.</source>
        <translation>&lt;b&gt;Note:&lt;/b&gt; no valid VOG, which the role %1 needs.</translation>
    </message>
    <message>
        <source>VOG geldig tot en met %1.</source>
        <translation>VOG valid up to and including %1.</translation>
    </message>
    <message>
        <source>Geen VOG geregistreerd.</source>
        <translation>No VOG registered.</translation>
    </message>
    <message>
        <source>is verplicht</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>Inzageverzoek opslaan</source>
        <translation>Save subject access request</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De inzage staat in %1, met de gegevens als JSON in %2.</source>
        <translation>The access report is in %1, with the data as JSON in %2.</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Financiering in de pijplijn</source>
        <translation>Funding in the pipeline</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Regeling of financier</source>
        <translation>Scheme or funder</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>(kies een initiatief)</source>
        <translation>(choose an initiative)</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Per financier</source>
        <translation>By funder</translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>Afwijzingen</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>Ongebruikte potjes</source>
        <translation>Unused funds</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>voorbeeld — controleer de actuele regels</source>
        <translation>example — check the current rules</translation>
    </message>
    <message>
        <source>De handleiding ontbreekt in deze installatie (%1).</source>
        <translation>The user guide is missing from this installation (%1).</translation>
    </message>
    <message>
        <source>Handleiding FlevoDesk</source>
        <translation>FlevoDesk user guide</translation>
    </message>
    <message>
        <source>FlevoDesk: inwonersinitiatieven, vrijwilligers, financiering en partners in Flevoland, zonder internet.</source>
        <translation>FlevoDesk: citizens&apos; initiatives, volunteers, funding and partners in Flevoland, without internet.</translation>
    </message>
    <message>
        <source>Versie: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Gegevensmap: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>(nog niet geopend)</source>
        <translation>(not opened yet)</translation>
    </message>
    <message>
        <source>Over FlevoDesk</source>
        <translation>About FlevoDesk</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen. Controleer de regels en importeer.</source>
        <translation>Nothing has been saved yet. Check the lines and import.</translation>
    </message>
    <message>
        <source>Regels met fouten overslaan</source>
        <translation>Skip lines with errors</translation>
    </message>
    <message>
        <source>Onbekende initiatieven aanmaken</source>
        <translation>Create unknown initiatives</translation>
    </message>
    <message>
        <source>%v van %m regels</source>
        <translation>%v of %m lines</translation>
    </message>
    <message>
        <source>Mogelijk dubbel (vink aan om samen te voegen):</source>
        <translation>Possible duplicates (tick to merge):</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 problemen gevonden.</source>
        <translation>Problems found: %1.</translation>
    </message>
    <message>
        <source>let op: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Regel %1: %2 lijkt op %3</source>
        <translation>Line %1: %2 looks like %3</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Vrijwilligers importeren</source>
        <extracomment>(rows done, rows in the file) of the running check or import, sent from the worker.</extracomment>
        <translation>Import volunteers</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Kies een Excel-bestand (.xlsx) of een CSV-bestand met één vrijwilliger per regel.</source>
        <translation>Choose an Excel file (.xlsx) or a CSV file with one volunteer per line.</translation>
    </message>
    <message>
        <source>Pad naar het bestand</source>
        <translation>Path to the file</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Bestand met vrijwilligers</source>
        <translation>File of volunteers</translation>
    </message>
    <message>
        <source>Lijsten (*.xlsx *.csv *.txt *.tsv)</source>
        <translation>Lists (*.xlsx *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Controleer welke kolom wat bevat en pas het zo nodig aan.</source>
        <translation>Check which column holds what, and correct it where needed.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Importeren als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Samenvoegingen ongedaan maken</source>
        <translation>Undo merges</translation>
    </message>
    <message>
        <source>Overgeslagen:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>Geïmporteerd, maar let op:</source>
        <translation>Imported, but note:</translation>
    </message>
    <message>
        <source>De samenvoegingen zijn ongedaan gemaakt: beide personen staan er weer.</source>
        <translation>The merges have been undone: both persons are back.</translation>
    </message>
    <message>
        <source>Bezig met ongedaan maken…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>Alle financiers</source>
        <translation>All funders</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Regelingen…</source>
        <translation>Schemes…</translation>
    </message>
    <message>
        <source>Regelingen van de financiers bekijken, toevoegen en bijwerken</source>
        <translation>View, add and update the funders&apos; schemes</translation>
    </message>
    <message>
        <source>Pijplijn…</source>
        <translation>Pipeline…</translation>
    </message>
    <message>
        <source>Aantallen en bedragen per status, financier en gemeente</source>
        <translation>Numbers and amounts by status, funder and municipality</translation>
    </message>
    <message>
        <source>Wijk of kern</source>
        <translation>District or village/town</translation>
    </message>
    <message>
        <source>Alle wijken en kernen</source>
        <translation>All districts and villages/towns</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Initiatieven</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation>Area of work</translation>
    </message>
    <message>
        <source>Alle werkgebieden</source>
        <translation>All areas of work</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Interessant voor</source>
        <translation>Of interest to</translation>
    </message>
    <message>
        <source>Voor iedereen</source>
        <translation>For everyone</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Alle rollen</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Onversleutelde reservekopieën</source>
        <translation>Unencrypted backups</translation>
    </message>
    <message numerus="yes">
        <source>De database is versleuteld, maar er staan nog %n onversleutelde reservekopieën van in %1. Daarin is alles zonder wachtzin te lezen.</source>
        <translation>
            <numerusform>The database is encrypted, but %n unencrypted backup of it is still in %1. Everything in it can be read without a passphrase.</numerusform>
            <numerusform>The database is encrypted, but %n unencrypted backups of it are still in %1. Everything in them can be read without a passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Versleutel ze met de nieuwe wachtzin, of verwijder ze als u ze niet nodig hebt.</source>
        <translation>Encrypt them with the new passphrase, or delete them if you don&apos;t need them.</translation>
    </message>
    <message>
        <source>Versleutelen</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopieën zijn nu versleuteld met de nieuwe wachtzin.</source>
        <translation>
            <numerusform>%n backup is now encrypted with the new passphrase.</numerusform>
            <numerusform>%n backups are now encrypted with the new passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onversleutelde reservekopieën zijn verwijderd.</source>
        <translation>
            <numerusform>%n unencrypted backup has been deleted.</numerusform>
            <numerusform>%n unencrypted backups have been deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>De onversleutelde reservekopieën blijven staan; op de opdrachtregel doet &apos;flevodesk backup encrypt-old&apos; het later alsnog.</source>
        <translation>The unencrypted backups stay where they are; on the command line, &apos;flevodesk backup encrypt-old&apos; encrypts them later.</translation>
    </message>
    <message>
        <source>Reservekopieën bijwerken…</source>
        <translation>Updating the backups…</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <extracomment>Printing draws each page as an image; beyond this the images only grow (an A4 page at 1200 dpi is half a gigabyte), not the sharpness a laser printer shows of text.</extracomment>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Afdrukken</source>
        <extracomment>What an asker calls with the request fields it filled in.</extracomment>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>kies eerst %1</source>
        <extracomment>The items of each kind of record&apos;s printouts, named after the record open.</extracomment>
        <translation>choose %1 first</translation>
    </message>
    <message>
        <source>Voor welke gemeente?</source>
        <translation>For which municipality?</translation>
    </message>
    <message>
        <source>Datum van de bijeenkomst</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Kies eerst %1 op zijn tabblad.</source>
        <translation>First choose %1 on its tab.</translation>
    </message>
    <message>
        <source>een initiatief</source>
        <translation>an initiative</translation>
    </message>
    <message>
        <source>een vrijwilliger</source>
        <translation>a volunteer</translation>
    </message>
    <message>
        <source>een aanvraag</source>
        <translation>an application</translation>
    </message>
    <message>
        <source>pagina %1</source>
        <extracomment>Grey space around and between the pages, in pixels. Pages this far from the ones on screen keep their image; farther ones are forgotten. An image drawn at a resolution this close to the wanted one is shown, not drawn again.</extracomment>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <extracomment>The page being read (from 0): the one covering the upper third of the view. Drawn pages: the resolution each was drawn at and its pixmap.</extracomment>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>V&amp;olgende ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>%1 pagina(&apos;s) naar de printer gestuurd.</source>
        <translation>Page(s) sent to the printer: %1.</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF opslaan…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>%1 maken…</source>
        <translation>Making %1…</translation>
    </message>
    <message>
        <source>Taal van de vaste teksten; uw eigen teksten blijven zoals ingevoerd</source>
        <translation>Language of the fixed texts; your own texts stay as entered</translation>
    </message>
    <message>
        <source>Privacy-instellingen</source>
        <translation>Privacy settings</translation>
    </message>
    <message>
        <source>wie met FlevoDesk werkt (voor het logboek)</source>
        <translation>who works with FlevoDesk (for the log)</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Bewaartermijn na laatste inzet</source>
        <translation>Retention period after last engagement</translation>
    </message>
    <message>
        <source>VOG-verlenging melden</source>
        <translation>VOG renewal reminder</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact organisatie</source>
        <translation>Organisation contact</translation>
    </message>
    <message>
        <source>Contact voor privacyvragen</source>
        <translation>Contact for privacy questions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rol&lt;/b&gt;</source>
        <translation>&lt;b&gt;Role&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;VOG vereist&lt;/b&gt;</source>
        <translation>&lt;b&gt;VOG required&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Geldig (jaar)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valid (years)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;VOG per rol&lt;/b&gt;</source>
        <translation>&lt;b&gt;VOG by role&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bewaartermijn beoordelen</source>
        <translation>Review retention period</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Laatste inzet/contact</source>
        <translation>Last engagement/contact</translation>
    </message>
    <message>
        <source>Eerder bewaard om</source>
        <translation>Kept before because</translation>
    </message>
    <message>
        <source>Reden om te bewaren</source>
        <translation>Reason to keep</translation>
    </message>
    <message>
        <source>Opnieuw beoordelen op</source>
        <translation>Review again on</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>%1 personen hebben al %2 maanden geen inzet, uren of contact. Besluit per persoon: bewaren (met reden en datum) of anonimiseren.</source>
        <translation>Persons without any engagement, hours or contact for %2 months: %1. Decide for each person: keep (with a reason and date) or anonymise.</translation>
    </message>
    <message>
        <source>Er is niemand om over te besluiten.</source>
        <translation>There is nobody to decide about.</translation>
    </message>
    <message>
        <source>Persoonsgegevens wissen…</source>
        <translation>Erasing personal data…</translation>
    </message>
    <message>
        <source>Privacy-&amp;instellingen…</source>
        <translation>Privacy &amp;settings…</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn beoordelen…</source>
        <translation>&amp;Review retention period…</translation>
    </message>
    <message>
        <source>&amp;Verwerkingsregister opslaan…</source>
        <translation>Save record of &amp;processing activities…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Pri&amp;vacy</translation>
    </message>
    <message>
        <source>Verwerkingsregister opslaan</source>
        <translation>Save record of processing activities</translation>
    </message>
    <message>
        <source>Verwerkingsregister opgeslagen in %1</source>
        <translation>Record of processing activities saved in %1</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>Regelingen</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Deze database staat op een teamserver: reservekopieën, terugzetten en versleuteling zijn daar het werk van de beheerder van de server (met de back-ups, de schijfversleuteling en TLS van de server). Wilt u de gegevens bij u hebben, bijvoorbeeld op een laptop, exporteer ze dan naar een SQLite-bestand.</source>
        <translation>This database is on a team server: backups, restoring and encryption are the job of the server&apos;s administrator there (with the server&apos;s backups, disk encryption and TLS). If you want to have the data with you, on a laptop for example, export it to an SQLite file.</translation>
    </message>
    <message>
        <source>Exporteren naar een &amp;SQLite-bestand…</source>
        <translation>Export to an SQLite &amp;file…</translation>
    </message>
    <message>
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>Exporteren naar een SQLite-bestand…</source>
        <translation>Exporting to an SQLite file…</translation>
    </message>
    <message>
        <source>Exporteren naar een SQLite-bestand</source>
        <translation>Export to an SQLite file</translation>
    </message>
    <message>
        <source>FlevoDesk-database (*.sqlite3)</source>
        <translation>FlevoDesk database (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 rijen gekopieerd naar %2; het bestand is gecontroleerd.</source>
        <translation>Rows copied to %2: %1; the file has been checked.</translation>
    </message>
    <message>
        <source>vandaag %1</source>
        <extracomment>Folder names of sync clients: a database inside them can be overwritten by a stale copy. Why the database opens read-only, for the banner; None while it opens for writing. Called once the database has opened in the window (a chosen server is remembered).</extracomment>
        <translation>today %1</translation>
    </message>
    <message>
        <source>gisteren %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>een ander FlevoDesk-venster</source>
        <translation>another FlevoDesk window</translation>
    </message>
    <message>
        <source>een ander FlevoDesk-venster (proces %1 op computer %2)</source>
        <translation>another FlevoDesk window (process %1 on computer %2)</translation>
    </message>
    <message>
        <source>Alleen-lezen: deze database is sinds %1 in gebruik bij %2. U kunt alles bekijken en exporteren; wijzigen kan weer als dat venster gesloten is.</source>
        <translation>Read-only: this database has been in use by %2 since %1. You can view and export everything; changes are possible again once that window is closed.</translation>
    </message>
    <message>
        <source>Alleen-lezen: deze database is in gebruik bij %2. U kunt alles bekijken en exporteren; wijzigen kan weer als dat venster gesloten is.</source>
        <translation>Read-only: this database is in use by %2. You can view and export everything; changes are possible again once that window is closed.</translation>
    </message>
    <message>
        <source>Alleen-lezen: de schijf of het bestand is beveiligd tegen schrijven. U kunt alles bekijken en exporteren; wijzigen kan op een schijf waarop geschreven mag worden.</source>
        <translation>Read-only: the disk or the file is write-protected. You can view and export everything; changes are possible on a disk that may be written to.</translation>
    </message>
    <message>
        <source>Alleen-lezen: FlevoDesk kon naast de database geen vergrendeling maken, dus niet uitsluiten dat een ander venster er ook in schrijft. U kunt alles bekijken en exporteren.</source>
        <translation>Read-only: FlevoDesk could not make a lock beside the database, so it cannot rule out that another window writes to it too. You can view and export everything.</translation>
    </message>
    <message>
        <source>Database in een gesynchroniseerde map</source>
        <translation>Database in a synchronised folder</translation>
    </message>
    <message>
        <source>%1 staat in een map van %2.

Zo&apos;n dienst kan een oudere kopie over uw database heen zetten of een half geschreven bestand verzenden; dan gaan gegevens verloren. Zet de database liever in een gewone map en bewaar de reservekopieën (in %3) in de gesynchroniseerde map.</source>
        <translation>%1 is in a folder of %2.

Such a service can put an older copy over your database or send a half-written file; data is then lost. Better put the database in an ordinary folder and keep the backups (in %3) in the synchronised folder.</translation>
    </message>
    <message>
        <source>%1 is versleuteld. Wachtzin:</source>
        <translation>%1 is encrypted. Passphrase:</translation>
    </message>
    <message>
        <source>De wachtzin klopt niet (nog %1 pogingen).
</source>
        <translation>The passphrase is not correct (tries left: %1).
</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Database niet te openen</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <source>Het bestand is niet gewijzigd. Wat wilt u doen?</source>
        <translation>The file has not been changed. What do you want to do?</translation>
    </message>
    <message>
        <source>Nieuwste goede reservekopie terugzetten</source>
        <translation>Restore the newest good backup</translation>
    </message>
    <message>
        <source>Lokaal bestand gebruiken</source>
        <translation>Use local file</translation>
    </message>
    <message>
        <source>Ander bestand openen…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>FlevoDesk-databases (*.sqlite3 *.db);;Alle bestanden (*)</source>
        <translation>FlevoDesk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>uit (niet versleuteld)</source>
        <extracomment>The settings&apos; key for the server the window opens at start-up (an URL, no password).</extracomment>
        <translation>off (not encrypted)</translation>
    </message>
    <message>
        <source>als de server het wil</source>
        <translation>if the server wants it</translation>
    </message>
    <message>
        <source>als het kan (standaard)</source>
        <translation>if possible (default)</translation>
    </message>
    <message>
        <source>altijd versleuteld</source>
        <translation>always encrypted</translation>
    </message>
    <message>
        <source>versleuteld, certificaat gecontroleerd</source>
        <translation>encrypted, certificate checked</translation>
    </message>
    <message>
        <source>versleuteld, certificaat en servernaam gecontroleerd</source>
        <translation>encrypted, certificate and server name checked</translation>
    </message>
    <message>
        <source>Verbinden met teamserver</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <source>naam of adres, bijvoorbeeld db.gemeente.nl</source>
        <extracomment>The tested URL (with the typed password, for this session&apos;s handle only).</extracomment>
        <translation>name or address, for example db.municipality.nl</translation>
    </message>
    <message>
        <source>leeg: uit uw pgpass- of servicebestand</source>
        <translation>empty: from your pgpass or service file</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Versleuteling:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Het wachtwoord geldt alleen voor deze sessie; FlevoDesk bewaart het nergens.</source>
        <translation>The password is for this session only; FlevoDesk does not store it anywhere.</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Verbinding testen…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Verbinding met de teamserver testen…</source>
        <translation>Testing the connection to the team server…</translation>
    </message>
    <message>
        <source>Wachtwoord voor de teamserver</source>
        <translation>Password for the team server</translation>
    </message>
    <message>
        <source>Wachtwoord (alleen voor deze sessie):</source>
        <translation>Password (for this session only):</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ongedaan maken…</source>
        <extracomment>An undo or redo is being written; the actions wait for it. Goes up when the stack is cleared or given a command, so an undo that finishes afterwards does not move an index that no longer means the same command (it stays marked done; undoing it again is refused by the rows&apos; check).</extracomment>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>Opnieuw uitvoeren…</source>
        <translation>Redoing…</translation>
    </message>
    <message>
        <source> bij %1</source>
        <translation> for %1</translation>
    </message>
    <message>
        <source>opslaan van %1</source>
        <translation>saving %1</translation>
    </message>
    <message>
        <source>verwijderen van %1</source>
        <translation>deleting %1</translation>
    </message>
    <message>
        <source>Welkom bij FlevoDesk</source>
        <extracomment>The key of the record kind the first button opens.</extracomment>
        <translation>Welcome to FlevoDesk</translation>
    </message>
    <message>
        <source>Er staan nog geen initiatieven of vrijwilligers in uw database. Kies hoe u wilt beginnen; de andere twee kunnen later altijd nog.</source>
        <translation>Your database holds no initiatives or volunteers yet. Choose how you want to start; the other two can always be done later.</translation>
    </message>
    <message>
        <source>Eerste initiatief toevoegen</source>
        <translation>Add your first initiative</translation>
    </message>
    <message>
        <source>Begin met uw eigen initiatief; daarna voegt u er vrijwilligers, inzet en aanvragen aan toe.</source>
        <translation>Start with your own initiative; then add volunteers, engagements and applications to it.</translation>
    </message>
    <message>
        <source>Uw Excel-lijst importeren</source>
        <translation>Import your Excel list</translation>
    </message>
    <message>
        <source>Staan uw vrijwilligers al in Excel of in een CSV-bestand? Haal ze in één keer binnen; u ziet eerst wat er gebeurt.</source>
        <translation>Are your volunteers already in Excel or in a CSV file? Bring them in at once; you see first what will happen.</translation>
    </message>
    <message>
        <source>Probeer het met voorbeeldgegevens</source>
        <translation>Try it with sample data</translation>
    </message>
    <message>
        <source>Verzonnen initiatieven, vrijwilligers en aanvragen om mee te oefenen. U haalt ze later weg met Gegevens → Voorbeeldgegevens verwijderen…</source>
        <translation>Made-up initiatives, volunteers and applications to practise with. Remove them later with Data → Remove sample data…</translation>
    </message>
    <message>
        <source>De handleiding opent met F1 of Help → Handleiding.</source>
        <translation>The user guide opens with F1 or Help → User guide.</translation>
    </message>
    <message>
        <source>Voorbeeldgegevens laden…</source>
        <extracomment>The page came or went (True: it shows); for tests and the status bar. The user chose to start on the tabs; cleared once the database holds data.</extracomment>
        <translation>Loading the sample data…</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Village/town</translation>
    </message>
    <message>
        <source>Dorp</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Stadsdeel</source>
        <translation>Borough</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Opstart</source>
        <translation>Starting up</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Kartrekker</source>
        <translation>Lead volunteer</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Bestuur</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Inactief</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbally</translation>
    </message>
    <message>
        <source>Contact opnemen</source>
        <translation>Being contacted</translation>
    </message>
    <message>
        <source>Foto&apos;s en publicatie</source>
        <translation>Photos and publication</translation>
    </message>
    <message>
        <source>Delen met partners</source>
        <translation>Sharing with partners</translation>
    </message>
    <message>
        <source>Afgegeven</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sociaal</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Fysiek</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>Beide</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>In voorbereiding</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Deels toegekend</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Verantwoording ingediend</source>
        <translation>Accountability report submitted</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Flevoland</source>
        <translation>Flevoland</translation>
    </message>
    <message>
        <source>Landelijk</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Fonds</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Kennisorganisatie</source>
        <translation>Knowledge organisation</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Welzijnsorganisatie</source>
        <translation>Welfare organisation</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Overzichtsmateriaal</source>
        <translation>Overview material</translation>
    </message>
    <message>
        <source>Voor wie is elk voorbeeld en elke verwijzing interessant? Het algemeen beeld zet de symbolen ernaast; een verwijzing met webadres krijgt een QR-code.</source>
        <translation>Who is each example and each link of interest to? The overview prints the symbols beside them; a link with a web address gets a QR code.</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Inwoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Webadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Inwonersperspectief</source>
        <translation>Residents&apos; perspective</translation>
    </message>
    <message>
        <source>Gemeentelijk perspectief</source>
        <translation>Municipal perspective</translation>
    </message>
    <message>
        <source>Ma-ochtend</source>
        <translation>Mon morning</translation>
    </message>
    <message>
        <source>Ma-middag</source>
        <translation>Mon afternoon</translation>
    </message>
    <message>
        <source>Ma-avond</source>
        <translation>Mon evening</translation>
    </message>
    <message>
        <source>Di-ochtend</source>
        <translation>Tue morning</translation>
    </message>
    <message>
        <source>Di-middag</source>
        <translation>Tue afternoon</translation>
    </message>
    <message>
        <source>Di-avond</source>
        <translation>Tue evening</translation>
    </message>
    <message>
        <source>Wo-ochtend</source>
        <translation>Wed morning</translation>
    </message>
    <message>
        <source>Wo-middag</source>
        <translation>Wed afternoon</translation>
    </message>
    <message>
        <source>Wo-avond</source>
        <translation>Wed evening</translation>
    </message>
    <message>
        <source>Do-ochtend</source>
        <translation>Thu morning</translation>
    </message>
    <message>
        <source>Do-middag</source>
        <translation>Thu afternoon</translation>
    </message>
    <message>
        <source>Do-avond</source>
        <translation>Thu evening</translation>
    </message>
    <message>
        <source>Vr-ochtend</source>
        <translation>Fri morning</translation>
    </message>
    <message>
        <source>Vr-middag</source>
        <translation>Fri afternoon</translation>
    </message>
    <message>
        <source>Vr-avond</source>
        <translation>Fri evening</translation>
    </message>
    <message>
        <source>Za-ochtend</source>
        <translation>Sat morning</translation>
    </message>
    <message>
        <source>Za-middag</source>
        <translation>Sat afternoon</translation>
    </message>
    <message>
        <source>Za-avond</source>
        <translation>Sat evening</translation>
    </message>
    <message>
        <source>Zo-ochtend</source>
        <translation>Sun morning</translation>
    </message>
    <message>
        <source>Zo-middag</source>
        <translation>Sun afternoon</translation>
    </message>
    <message>
        <source>Zo-avond</source>
        <translation>Sun evening</translation>
    </message>
    <message>
        <source>Materiaal</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Eten en drinken</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Huur locatie</source>
        <translation>Venue hire</translation>
    </message>
    <message>
        <source>Personeel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Reiskosten</source>
        <translation>Travel costs</translation>
    </message>
    <message>
        <source>Cadeaus</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>Promotie</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Vrijwilligersvergoeding</source>
        <translation>Volunteer allowance</translation>
    </message>
    <message>
        <source>Voorschot</source>
        <translation>Advance payment</translation>
    </message>
    <message>
        <source>Achteraf op bonnen</source>
        <translation>Afterwards against receipts</translation>
    </message>
    <message>
        <source>Activiteitenverslag</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Fotoverslag</source>
        <translation>Photo report</translation>
    </message>
    <message>
        <source>Bonnen</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Financieel verslag</source>
        <translation>Financial report</translation>
    </message>
    <message>
        <source>Tussenrapportage</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <source>Inhoudelijk eindverslag</source>
        <translation>Final narrative report</translation>
    </message>
    <message>
        <source>Past niet in de voorwaarden</source>
        <translation>Does not meet the conditions</translation>
    </message>
    <message>
        <source>Budget is op</source>
        <translation>Budget used up</translation>
    </message>
    <message>
        <source>Onvoldoende onderbouwd</source>
        <translation>Not substantiated enough</translation>
    </message>
    <message>
        <source>Te laat ingediend</source>
        <translation>Submitted too late</translation>
    </message>
    <message>
        <source>Kosten niet subsidiabel</source>
        <translation>Costs not eligible</translation>
    </message>
    <message>
        <source>Dubbele financiering</source>
        <translation>Double funding</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Naam (volledig)</source>
        <translation>Name (full)</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Vaardigheden</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Beschikbaarheid</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>VOG-datum</source>
        <translation>VOG date</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Doel toestemming</source>
        <translation>Consent purpose</translation>
    </message>
    <message>
        <source>Toestemming via</source>
        <translation>Consent given through</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Deadline aanvraag</source>
        <translation>Application deadline</translation>
    </message>
    <message>
        <source>Deadline verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>Verantwoording binnenkort</source>
        <translation>Accountability report due soon</translation>
    </message>
    <message>
        <source>Verantwoording te laat</source>
        <translation>Accountability report overdue</translation>
    </message>
    <message>
        <source>Verplichting binnenkort</source>
        <translation>Obligation due soon</translation>
    </message>
    <message>
        <source>Verplichting te laat</source>
        <translation>Obligation overdue</translation>
    </message>
    <message>
        <source>VOG ontbreekt</source>
        <translation>VOG missing</translation>
    </message>
    <message>
        <source>VOG verlengen</source>
        <translation>Renew VOG</translation>
    </message>
    <message>
        <source>Bewaartermijn: besluiten</source>
        <translation>Retention period: decide</translation>
    </message>
    <message>
        <source>Toestemming verloopt</source>
        <translation>Consent expiring</translation>
    </message>
    <message>
        <source>Toestemming verlopen</source>
        <translation>Consent expired</translation>
    </message>
    <message>
        <source>Tijdelijke locatie eindigt</source>
        <translation>Temporary location ending</translation>
    </message>
    <message>
        <source>Tijdelijke locatie voorbij</source>
        <translation>Temporary location ended</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>initiatief</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>initiatieven</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>Tussenv.</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>VOG</source>
        <translation>VOG</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>vrijwilligers</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation>Accountability report</translation>
    </message>
    <message>
        <source>aanvraag</source>
        <translation>application</translation>
    </message>
    <message>
        <source>aanvragen</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>Betaling</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>regeling</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>regelingen</source>
        <translation>schemes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>gegevens vastgelegd</source>
        <translation>details recorded</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Toelichting beschikbaarheid</source>
        <translation>Availability notes</translation>
    </message>
    <message>
        <source>Gestopt op</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <source>Reden van stoppen</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bewaren tot (herbeoordeling)</source>
        <translation>Keep until (review)</translation>
    </message>
    <message>
        <source>Geanonimiseerd op</source>
        <translation>Anonymised on</translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Zoektekst (afgeleid)</source>
        <translation>Search text (derived)</translation>
    </message>
    <message>
        <source>Sorteersleutel (afgeleid)</source>
        <translation>Sort key (derived)</translation>
    </message>
    <message>
        <source>Demogegevens</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Algemeen beeld</source>
        <translation>General overview</translation>
    </message>
    <message>
        <source>&amp;Algemeen beeld…</source>
        <translation>&amp;General overview…</translation>
    </message>
    <message>
        <source>Folder initiatief</source>
        <translation>Initiative handout</translation>
    </message>
    <message>
        <source>F&amp;older afdrukken</source>
        <translation>Print hand&amp;out</translation>
    </message>
    <message>
        <source>Netwerk partners</source>
        <translation>Partner network</translation>
    </message>
    <message>
        <source>&amp;Netwerk partners</source>
        <translation>Partner &amp;network</translation>
    </message>
    <message>
        <source>Financieringsplan en trackrecord</source>
        <translation>Financing plan and track record</translation>
    </message>
    <message>
        <source>Presentielijst</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>&amp;Presentielijst afdrukken</source>
        <translation>Print &amp;sign-in sheet</translation>
    </message>
    <message>
        <source>Telefoonlijst vrijwilligers</source>
        <translation>Volunteers&apos; phone list</translation>
    </message>
    <message>
        <source>&amp;Telefoonlijst afdrukken</source>
        <translation>Print &amp;phone list</translation>
    </message>
    <message>
        <source>Urenverklaring</source>
        <translation>Statement of hours</translation>
    </message>
    <message>
        <source>&amp;Urenverklaring afdrukken</source>
        <translation>Print statement of &amp;hours</translation>
    </message>
    <message>
        <source>Folders alle initiatieven</source>
        <translation>Handouts of all initiatives</translation>
    </message>
    <message>
        <source>&amp;Folders van alle initiatieven…</source>
        <translation>Handouts of &amp;all initiatives…</translation>
    </message>
    <message>
        <source>Folders van alle initiatieven</source>
        <translation>Handouts of all initiatives</translation>
    </message>
    <message>
        <source>Inzageverzoek</source>
        <translation>Subject access request</translation>
    </message>
    <message>
        <source>Verwerkingsregister</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>%1, %2 getoond</source>
        <translation>%1, %2 shown</translation>
    </message>
    <message>
        <source>De wachtzin moet minstens %n tekens hebben.</source>
        <translation>The passphrase must have at least %n characters.</translation>
    </message>
    <message>
        <source>De twee wachtzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Pakket maken</source>
        <extracomment>Where a checklist item keeps the initiative&apos;s own name (its text may carry a mark).</extracomment>
        <translation>Make package</translation>
    </message>
    <message>
        <source>Het pakket bevat wat de andere computer nog niet van %1 heeft. Een initiatief dat u voor het eerst deelt, gaat helemaal mee: vrijwilligers met hun inzet, uren, toestemmingen en VOG&apos;s, de aanvragen en de partners.</source>
        <translation>The package holds what the other computer does not yet have from %1. An initiative you share for the first time goes along whole: volunteers with their roles, hours, consents and certificates of conduct (VOG), the applications and the partners.</translation>
    </message>
    <message>
        <source>bijvoorbeeld Laptop Repair Café Dronten</source>
        <translation>for example Laptop Repair Café Dronten</translation>
    </message>
    <message>
        <source>&amp;Voor de computer:</source>
        <translation>&amp;For the computer:</translation>
    </message>
    <message>
        <source>Zoeken in de initiatieven</source>
        <translation>Search the initiatives</translation>
    </message>
    <message>
        <source>&amp;Initiatieven delen:</source>
        <translation>&amp;Share initiatives:</translation>
    </message>
    <message>
        <source>&amp;Wachtzin van het team:</source>
        <translation>Team &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nogmaals:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Vertel de ontvanger de wachtzin zelf, niet in hetzelfde bericht als het pakket.</source>
        <translation>Tell the recipient the passphrase yourself, not in the same message as the package.</translation>
    </message>
    <message>
        <source>Pakket &amp;maken…</source>
        <translation>&amp;Make package…</translation>
    </message>
    <message>
        <source>heeft al</source>
        <translation>has it</translation>
    </message>
    <message>
        <source>Deze computer heeft dit initiatief al; wat erin verandert, gaat vanzelf mee.</source>
        <translation>This computer already has this initiative; whatever changes in it goes along by itself.</translation>
    </message>
    <message>
        <source>Vul in voor welke computer het pakket is.</source>
        <translation>Fill in which computer the package is for.</translation>
    </message>
    <message>
        <source>FlevoDesk-pakketten (*.fdpakket);;Alle bestanden (*)</source>
        <translation>FlevoDesk packages (*.fdpakket);;All files (*)</translation>
    </message>
    <message>
        <source>Pakket %1 voor %2 gemaakt, in %4: er was niets nieuws voor deze computer (%3).</source>
        <translation>Package %1 for %2 made, in %4: there was nothing new for this computer (%3).</translation>
    </message>
    <message>
        <source>Pakket %1 voor %2 gemaakt: %n records, %3, in %4.</source>
        <translation>Package %1 for %2 made: %n record(s), %3, in %4.</translation>
    </message>
    <message>
        <source>Pakket %1 van %2 was al eerder ingelezen; er is niets veranderd.</source>
        <translation>Package %1 from %2 was read before; nothing has changed.</translation>
    </message>
    <message>
        <source>Pakket %1 van %2 is ingelezen: 1 wijziging overgenomen.</source>
        <translation>Package %1 from %2 has been read: 1 change taken over.</translation>
    </message>
    <message>
        <source>Pakket %1 van %2 is ingelezen: %n wijzigingen overgenomen.</source>
        <translation>Package %1 from %2 has been read: %n change(s) taken over.</translation>
    </message>
    <message>
        <source>1 veld was aan beide kanten gewijzigd; kies onder Te beoordelen welke waarde blijft.</source>
        <translation>1 field was changed on both sides; choose under To review which value stays.</translation>
    </message>
    <message>
        <source>%n velden waren aan beide kanten gewijzigd; kies onder Te beoordelen welke waarde blijft.</source>
        <translation>%n field(s) were changed on both sides; choose under To review which value stays.</translation>
    </message>
    <message>
        <source>1 nieuw record lijkt op een dat hier al staat (hetzelfde e-mailadres of dezelfde naam); kies onder Te beoordelen of u ze samenvoegt of apart houdt.</source>
        <translation>1 new record looks like one already here (the same email address or the same name); choose under To review whether to merge them or keep them apart.</translation>
    </message>
    <message>
        <source>%n nieuwe records lijken op records die hier al staan (hetzelfde e-mailadres of dezelfde naam); kies onder Te beoordelen of u ze samenvoegt of apart houdt.</source>
        <translation>%n new records look like records already here (the same email address or the same name); choose under To review whether to merge them or keep them apart.</translation>
    </message>
    <message>
        <source>Wachtzin van het team:</source>
        <translation>Team passphrase:</translation>
    </message>
    <message>
        <source>Pakket %1 van %2.</source>
        <translation>Package %1 from %2.</translation>
    </message>
    <message>
        <source>Pakket &amp;maken voor…</source>
        <translation>&amp;Make package for…</translation>
    </message>
    <message>
        <source>Pakket &amp;inlezen…</source>
        <translation>&amp;Read package…</translation>
    </message>
    <message>
        <source>&amp;Te beoordelen…</source>
        <translation>To &amp;review…</translation>
    </message>
    <message>
        <source>&amp;Naam van deze computer…</source>
        <translation>&amp;Name of this computer…</translation>
    </message>
    <message>
        <source>&amp;Uitwisselen</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>Pakket opslaan</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>Pakket maken…</source>
        <translation>Making package…</translation>
    </message>
    <message>
        <source>Pakket inlezen</source>
        <translation>Read package</translation>
    </message>
    <message>
        <source>Pakket inlezen…</source>
        <translation>Reading package…</translation>
    </message>
    <message>
        <source>Het bestand %1 is nu niet meer nodig. Wie het vindt en de wachtzin kent, kan het lezen. Nu verwijderen?</source>
        <translation>The file %1 is no longer needed. Anyone who finds it and knows the passphrase can read it. Delete it now?</translation>
    </message>
    <message>
        <source>Het pakket %1 is verwijderd.</source>
        <translation>The package %1 has been deleted.</translation>
    </message>
    <message>
        <source>Naam van deze computer</source>
        <translation>Name of this computer</translation>
    </message>
    <message>
        <source>De naam die anderen zien bij pakketten en keuzes van deze computer (bijvoorbeeld Laptop Repair Café Dronten):</source>
        <translation>The name others see on packages and choices from this computer (for example Laptop Repair Café Dronten):</translation>
    </message>
    <message>
        <source>De naam van deze computer mag niet leeg zijn.</source>
        <translation>The name of this computer may not be empty.</translation>
    </message>
    <message>
        <source>Deze computer heet nu %1.</source>
        <translation>This computer is now called %1.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Mijn waarde</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Hun waarde</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Te beoordelen</source>
        <extracomment>A column wider than this wraps its text, so the whole table fits a 1024-pixel screen.</extracomment>
        <translation>To review</translation>
    </message>
    <message>
        <source>Deze velden zijn op twee computers verschillend gewijzigd. Kies per veld welke waarde blijft; uw keuze gaat met het volgende pakket mee naar de anderen. Een record dat op de ene computer is verwijderd en op de andere gewijzigd, kunt u herstellen of verwijderd laten. Een nieuwe persoon met het e-mailadres van iemand die hier al staat, kunt u met die persoon samenvoegen of apart houden.</source>
        <translation>These fields were changed differently on two computers. Choose per field which value stays; your choice goes to the others with the next package. A record deleted on one computer and changed on the other can be restored or left deleted. A new person with the email address of someone already here can be merged with that person or kept apart.</translation>
    </message>
    <message>
        <source>Er is niets te beoordelen.</source>
        <translation>There is nothing to review.</translation>
    </message>
    <message>
        <source>&amp;Mijn waarde houden</source>
        <translation>&amp;Keep my value</translation>
    </message>
    <message>
        <source>&amp;Hun waarde nemen</source>
        <translation>&amp;Take their value</translation>
    </message>
    <message>
        <source>H&amp;erstellen</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <source>&amp;Verwijderd laten</source>
        <translation>&amp;Leave deleted</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Apart houden</source>
        <translation>Keep &amp;apart</translation>
    </message>
    <message>
        <source>Kies eerst een of meer regels.</source>
        <translation>Choose one or more rows first.</translation>
    </message>
    <message>
        <source>al bij %1</source>
        <translation>already with %1</translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Initiatieven per gemeente en status</source>
        <extracomment>The drawings&apos; size in points on screen: smaller than on paper, so that scaled up to the tab&apos;s width their 8 pt labels read as the window&apos;s own text.</extracomment>
        <translation>Initiatives by municipality and status</translation>
    </message>
    <message>
        <source>Vrijwilligersuren per maand</source>
        <translation>Volunteer hours by month</translation>
    </message>
    <message>
        <source>Aanvragen per fase</source>
        <translation>Applications by stage</translation>
    </message>
</context>
<context>
    <name>FirstRowsView</name>
    <message>
        <source>Het programma wordt geladen…</source>
        <extracomment>The opening does not wait longer than this for the early rows (a slow disk).</extracomment>
        <translation>The program is loading…</translation>
    </message>
</context>
<context>
    <name>FundingForm</name>
    <message>
        <source>de aanvraag</source>
        <extracomment>Besides its listing&apos;s tables: its budget, costs and obligations.</extracomment>
        <translation>the application</translation>
    </message>
    <message>
        <source>Nieuwe aanvraag</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>kies een initiatief</source>
        <translation>choose an initiative</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>kies een financier</source>
        <translation>choose a funder</translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>(geen regeling gekozen)</source>
        <translation>(no scheme chosen)</translation>
    </message>
    <message>
        <source>Naam regeling</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>als de regeling niet in de lijst staat</source>
        <translation>if the scheme is not in the list</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aangevraagd (€)</source>
        <translation>Requested (€)</translation>
    </message>
    <message>
        <source>Datum activiteit</source>
        <translation>Date of activity</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ingediend op</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Besluit van de financier</source>
        <translation>Funder&apos;s decision</translation>
    </message>
    <message>
        <source>Geld na het besluit</source>
        <translation>Money after the decision</translation>
    </message>
    <message>
        <source>Voorschot ontvangen (€)</source>
        <translation>Advance received (€)</translation>
    </message>
    <message>
        <source>Eindbetaling (€)</source>
        <translation>Final payment (€)</translation>
    </message>
    <message>
        <source>Terugbetaald (€)</source>
        <translation>Paid back (€)</translation>
    </message>
    <message>
        <source>Verplichtingen</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Uitgaven en bonnen</source>
        <translation>Expenses and receipts</translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation>Accountability report</translation>
    </message>
    <message>
        <source>Verantwoorden vóór</source>
        <translation>Report before</translation>
    </message>
    <message>
        <source>Verantwoord op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>De som van de uitgaven onder Uitgaven en bonnen.</source>
        <translation>The sum of the expenses under Expenses and receipts.</translation>
    </message>
    <message>
        <source>Gemaakte kosten</source>
        <translation>Costs incurred</translation>
    </message>
    <message>
        <source>Bereikte mensen</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Verantwoording afdrukken…</source>
        <translation>Print accountability report…</translation>
    </message>
    <message>
        <source>voorbeeld</source>
        <translation>example</translation>
    </message>
    <message>
        <source>Voorbeeld — controleer de actuele regels.</source>
        <translation>Example — check the current rules.</translation>
    </message>
    <message>
        <source>Let op: de regels van %1</source>
        <translation>Note: the rules of %1</translation>
    </message>
    <message>
        <source>U kunt de aanvraag toch opslaan en indienen; de financier beslist.</source>
        <translation>You can still save and submit the application; the funder decides.</translation>
    </message>
    <message>
        <source>Sla de aanvraag eerst op; leg daarna het besluit vast.</source>
        <translation>Save the application first; then record the decision.</translation>
    </message>
    <message>
        <source>besluit vastleggen over %1</source>
        <translation>recording the decision on %1</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>het initiatief</source>
        <extracomment>Besides its listing&apos;s tables: its financing plan and volunteers, changed in the other tabs.</extracomment>
        <translation>the initiative</translation>
    </message>
    <message>
        <source>Nieuw initiatief</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>(kies een gemeente)</source>
        <translation>(choose a municipality)</translation>
    </message>
    <message>
        <source>kies een gemeente</source>
        <translation>choose a municipality</translation>
    </message>
    <message>
        <source>Wijk of kern</source>
        <translation>District or village/town</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Tijdelijke locatie</source>
        <translation>Temporary location</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Locatie tot</source>
        <translation>Location until</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Vrijwilliger toevoegen…</source>
        <translation>Add volunteer…</translation>
    </message>
    <message>
        <source>Inzet beëindigen (vandaag)</source>
        <translation>End engagement (today)</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Financieringsplan</source>
        <translation>Financing plan</translation>
    </message>
    <message>
        <source>Begroting totaal (€)</source>
        <translation>Total budget (€)</translation>
    </message>
    <message>
        <source>Eigen bijdrage (€)</source>
        <translation>Own contribution (€)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ondersteunende partners</source>
        <translation>Supporting partners</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Over FlevoDesk</source>
        <translation>&amp;About FlevoDesk</translation>
    </message>
    <message>
        <source>Verbinden met &amp;teamserver…</source>
        <translation>Connect to &amp;team server…</translation>
    </message>
    <message>
        <source>&amp;Lokaal bestand gebruiken</source>
        <translation>Use &amp;local file</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FlevoDesk</source>
        <extracomment>The first table rows are on screen: early ones (``ui/first_rows.py``) or the tab&apos;s. The database menus&apos; builders, which own their actions&apos; slots.</extracomment>
        <translation>FlevoDesk</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Database openen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Alleen-lezen: deze database kan niet worden gewijzigd.</source>
        <translation>Read-only: this database cannot be changed.</translation>
    </message>
    <message>
        <source>FlevoDesk (alleen-lezen)</source>
        <translation>FlevoDesk (read-only)</translation>
    </message>
    <message>
        <source> — alleen-lezen</source>
        <translation> — read-only</translation>
    </message>
    <message>
        <source>Sla eerst uw wijzigingen op (of maak ze ongedaan).</source>
        <translation>Save your changes first (or undo them).</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Gemeente / wijk of kern</source>
        <extracomment>Areas where no initiative is known: set back, not marked. A spin box is stepped through several values in a row; store only where it stops.</extracomment>
        <translation>Municipality / district or village/town</translation>
    </message>
    <message>
        <source>Actieve initiatieven</source>
        <translation>Active initiatives</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Uren dit jaar</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Gemarkeerd, minder actief: wijken en kernen met initiatieven, waarvan hoogstens</source>
        <translation>Marked as less active: districts and villages/towns with initiatives, of which at most</translation>
    </message>
    <message>
        <source> actief</source>
        <translation> active</translation>
    </message>
    <message>
        <source>Een wijk of kern met initiatieven, waarvan hoogstens zoveel actief zijn, heet minder actief; ook op het afgedrukte algemeen beeld</source>
        <translation>A district or village/town with initiatives of which at most this many are active counts as less active; on the printed general overview too</translation>
    </message>
    <message>
        <source>Minder actief bij hoogstens</source>
        <translation>Less active with at most</translation>
    </message>
    <message>
        <source>Grijs: nog geen initiatief bekend.</source>
        <translation>Grey: no initiative known yet.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Hoe ver vooruit verplichtingen en verantwoordingen getoond worden</source>
        <translation>How far ahead obligations and accountability reports are shown</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per gemeente en wijk&lt;/b&gt;</source>
        <translation>&lt;b&gt;By municipality and district&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wat aandacht nodig heeft&lt;/b&gt;</source>
        <translation>&lt;b&gt;What needs attention&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Financiering: vooruitkijken</source>
        <translation>Funding: looking ahead</translation>
    </message>
    <message>
        <source>Minder actieve wijk: initiatieven, maar weinig actief</source>
        <translation>Less active district: initiatives, but few active</translation>
    </message>
    <message>
        <source>Nog geen initiatief bekend in deze wijk of kern</source>
        <translation>No initiative known yet in this district or village/town</translation>
    </message>
    <message>
        <source>Niets dat aandacht vraagt.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>(de %1 meest dringende per soort getoond)</source>
        <translation>(the %1 most urgent of each kind shown)</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>de partner</source>
        <translation>the partner</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation>Area of work</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Biedt</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Interessant voor</source>
        <translation>Of interest to</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Ondersteunt initiatieven</source>
        <translation>Supports initiatives</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Contact opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>Contact verwijderen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contactpersoon %1</source>
        <translation>Contact %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>de vrijwilliger</source>
        <extracomment>Besides its listing&apos;s tables: hours and consents recorded elsewhere (an import).</extracomment>
        <translation>the volunteer</translation>
    </message>
    <message>
        <source>Nieuwe vrijwilliger</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Vaardigheden</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Toelichting beschikbaarheid</source>
        <translation>Availability notes</translation>
    </message>
    <message>
        <source>bijv. om de week, niet in de schoolvakanties</source>
        <translation>e.g. every other week, not in the school holidays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gestopt op</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <source>Reden van stoppen</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (GDPR)</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Inzet toevoegen</source>
        <translation>Add engagement</translation>
    </message>
    <message>
        <source>Inzet beëindigen (vandaag)</source>
        <translation>End engagement (today)</translation>
    </message>
    <message>
        <source>Initiatieven</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Uren en minuten</source>
        <translation>Hours and minutes</translation>
    </message>
    <message>
        <source>Uren boeken</source>
        <translation>Book hours</translation>
    </message>
    <message>
        <source>Totaal %1 uur, dit jaar %2 uur</source>
        <translation>Total %1 hours, this year %2 hours</translation>
    </message>
    <message>
        <source>kies een initiatief</source>
        <translation>choose an initiative</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Vrijwilliger toevoegen</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>Zoek op naam, e-mail of woonplaats…</source>
        <translation>Search by name, email or town…</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Velden met %1 zijn verplicht.</source>
        <extracomment>After the label of a field that may not be left empty. The kind of field :meth:`RecordForm.add` was given is the kind it hands back. The details the form&apos;s service hands back and the form shows. Tables the related panels show beyond the listing&apos;s (hours, consents): a change to one of them reads the record in the form again. The label in front of each field, by attribute name. Under each panel whose buttons store at once, naming the record they act on. What the fields showed right after loading: edits are measured against it. The pickers&apos; choices, read off the UI thread; refresh_lookups fills the pickers.</extracomment>
        <translation>Fields marked %1 are required.</translation>
    </message>
    <message>
        <source>dit record</source>
        <translation>this record</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Eerst opslaan; daarna wordt wat u hier doet meteen vastgelegd.</source>
        <translation>Save first; after that, what you do here is recorded at once.</translation>
    </message>
    <message>
        <source>Wordt meteen vastgelegd bij %1, zonder Opslaan.</source>
        <translation>Recorded at once for %1, without Save.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Verwijderd: %1</source>
        <translation>Deleted: %1</translation>
    </message>
</context>
<context>
    <name>SchemeForm</name>
    <message>
        <source>de regeling</source>
        <translation>the scheme</translation>
    </message>
    <message>
        <source>Nieuwe regeling</source>
        <translation>New scheme</translation>
    </message>
    <message>
        <source>Voorbeeld — controleer de actuele regels</source>
        <translation>Example — check the current rules</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>(alle gemeenten)</source>
        <translation>(all municipalities)</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Minimum (€)</source>
        <translation>Minimum (€)</translation>
    </message>
    <message>
        <source>Maximum (€)</source>
        <translation>Maximum (€)</translation>
    </message>
    <message>
        <source>Betaling</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Voorschot (%)</source>
        <translation>Advance (%)</translation>
    </message>
    <message>
        <source>Hoogstens % van begroting</source>
        <translation>At most % of budget</translation>
    </message>
    <message>
        <source>Aanvragen … dagen vooraf</source>
        <translation>Apply … days ahead</translation>
    </message>
    <message>
        <source>Verantwoorden binnen … maanden</source>
        <translation>Report within … months</translation>
    </message>
    <message>
        <source>Open vanaf (mm-dd)</source>
        <translation>Open from (mm-dd)</translation>
    </message>
    <message>
        <source>Open tot en met (mm-dd)</source>
        <translation>Open until (mm-dd)</translation>
    </message>
    <message>
        <source>Niet vergoed</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Vergoed tot</source>
        <translation>Covered up to</translation>
    </message>
    <message>
        <source>Verplichtingen</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Alleen werkelijke kosten</source>
        <translation>Actual costs only</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>voorbeeld — controleer de actuele regels</source>
        <translation>example — check the current rules</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 staat ook bij niet vergoed</source>
        <translation>%1 is also listed as not covered</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>exporteer gegevens naar een bestand</source>
        <translation>export data to a file</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>importeer gegevens uit een bestand</source>
        <translation>import data from a file</translation>
    </message>
    <message>
        <source>vrijwilligers uit .csv of .xlsx</source>
        <translation>volunteers from .csv or .xlsx</translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>laat zien wat er zou gebeuren, wijzig niets</source>
        <translation>show what would happen, change nothing</translation>
    </message>
    <message>
        <source>importeer de goede regels, sla foute over</source>
        <translation>import the good lines, skip wrong ones</translation>
    </message>
    <message>
        <source>maak initiatieven aan die nog niet bestaan</source>
        <translation>create initiatives that do not exist yet</translation>
    </message>
    <message>
        <source>de vrijwilligerstabel als .csv of .xlsx</source>
        <translation>the volunteers table as .csv or .xlsx</translation>
    </message>
    <message>
        <source>een tabel als .csv of .xlsx</source>
        <translation>a table as .csv or .xlsx</translation>
    </message>
    <message>
        <source>TABEL</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>deadlines als iCalendar (.ics)</source>
        <translation>deadlines as iCalendar (.ics)</translation>
    </message>
    <message>
        <source>contactpersonen van partners als vCard</source>
        <translation>partners&apos; contacts as vCard</translation>
    </message>
    <message>
        <source>maak een reservekopie (ook terwijl in gebruik)</source>
        <translation>make a backup (also while in use)</translation>
    </message>
    <message>
        <source>standaard: de back-upmap</source>
        <translation>default: the backup folder</translation>
    </message>
    <message>
        <source>zet een reservekopie terug</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>standaard: naar --out</source>
        <translation>default: from --out</translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>alleen rijen met TEKST</source>
        <translation>only rows with TEXT</translation>
    </message>
    <message>
        <source>voeg de (fictieve) demoset toe om mee te oefenen</source>
        <translation>add the (fictitious) demo set to practise with</translation>
    </message>
    <message>
        <source>verwijder de demoset weer (na een reservekopie; eigen gegevens blijven staan)</source>
        <translation>remove the demo set again (after a backup; your own data stays)</translation>
    </message>
    <message>
        <source>gegevens uitwisselen met een pakketbestand</source>
        <translation>exchange data with a package file</translation>
    </message>
    <message>
        <source>schrijf een versleuteld uitwisselpakket</source>
        <translation>write an encrypted exchange package</translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>alleen dit initiatief</source>
        <translation>only this initiative</translation>
    </message>
    <message>
        <source>voor wie</source>
        <translation>for whom</translation>
    </message>
    <message>
        <source>voeg een uitwisselpakket samen met deze database</source>
        <translation>merge an exchange package into this database</translation>
    </message>
    <message>
        <source>verwijder het pakket daarna</source>
        <translation>delete the package afterwards</translation>
    </message>
    <message>
        <source>wat een persoon nog moet beoordelen</source>
        <translation>what a person still has to review</translation>
    </message>
    <message>
        <source>beslis over een regel van &apos;conflicts&apos;</source>
        <translation>decide on a line of &apos;conflicts&apos;</translation>
    </message>
    <message>
        <source>NUMMER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>het nummer tussen [ ]</source>
        <translation>the number between [ ]</translation>
    </message>
    <message>
        <source>houd de waarde van hier</source>
        <translation>keep the value from here</translation>
    </message>
    <message>
        <source>neem de waarde van de ander</source>
        <translation>take the other computer&apos;s value</translation>
    </message>
    <message>
        <source>zet het record terug</source>
        <translation>bring the record back</translation>
    </message>
    <message>
        <source>laat het record verwijderd</source>
        <translation>leave the record deleted</translation>
    </message>
    <message>
        <source>voeg de nieuwe persoon samen met wie hier hetzelfde e-mailadres heeft</source>
        <translation>merge the new person with the one here who has the same email address</translation>
    </message>
    <message>
        <source>houd de twee records apart</source>
        <translation>keep the two records apart</translation>
    </message>
    <message>
        <source>toon of zet de naam van deze database</source>
        <translation>show or set the name of this database</translation>
    </message>
    <message>
        <source>bijvoorbeeld &quot;Laptop Repair Café Dronten&quot;</source>
        <translation>for example &quot;Laptop Repair Café Dronten&quot;</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>versleutel de onversleutelde reservekopieën van deze database</source>
        <translation>encrypt the unencrypted backups of this database</translation>
    </message>
    <message>
        <source>verwijder de onversleutelde reservekopieën van deze database</source>
        <translation>delete the unencrypted backups of this database</translation>
    </message>
    <message>
        <source>niet om bevestiging vragen</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>alleen deze gemeente</source>
        <translation>only this municipality</translation>
    </message>
    <message>
        <source>naam van het initiatief</source>
        <translation>name of the initiative</translation>
    </message>
    <message>
        <source>nummer van de aanvraag</source>
        <translation>number of the application</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>email address</translation>
    </message>
    <message>
        <source>het PDF-bestand</source>
        <translation>the PDF file</translation>
    </message>
    <message>
        <source>TAAL</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>AVG: bewaartermijn, inzage, wissen, register</source>
        <translation>GDPR: retention period, access, erasure, register</translation>
    </message>
    <message>
        <source>opdracht</source>
        <translation>command</translation>
    </message>
    <message>
        <source>personen die voor anonimiseren in aanmerking komen</source>
        <translation>persons eligible for anonymising</translation>
    </message>
    <message>
        <source>inzageverzoek: alles over één persoon (PDF + JSON)</source>
        <translation>access request: everything about one person (PDF + JSON)</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>het PDF</source>
        <translation>the PDF</translation>
    </message>
    <message>
        <source>anonimiseer een persoon (uren blijven anoniem)</source>
        <translation>anonymise a person (hours remain, anonymously)</translation>
    </message>
    <message>
        <source>het verwerkingsregister als PDF (één pagina)</source>
        <translation>the register of processing as a PDF (one page)</translation>
    </message>
    <message>
        <source>FlevoDesk: inwonersinitiatieven, vrijwilligers, financiering en partners.</source>
        <translation>FlevoDesk: residents&apos; initiatives, volunteers, funding and partners.</translation>
    </message>
    <message>
        <source>--db PATH (overal op de regel) of FLEVODESK_DB kiest een ander databasebestand.</source>
        <translation>--db PATH (anywhere on the line) or FLEVODESK_DB chooses another database file.</translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>maak een database met de Flevolandse gegevens</source>
        <translation>make a database with the Flevoland data</translation>
    </message>
    <message>
        <source>versleutel de database (wachtzin uit FLEVODESK_PASSPHRASE of gevraagd)</source>
        <translation>encrypt the database (passphrase from FLEVODESK_PASSPHRASE or asked for)</translation>
    </message>
    <message>
        <source>controleer de database (integriteit, versie)</source>
        <translation>check the database (integrity, version)</translation>
    </message>
    <message>
        <source>richt een database op de teamserver in of werk hem bij (voor de beheerder)</source>
        <translation>set up or update a database on the team server (for the administrator)</translation>
    </message>
    <message>
        <source>wijzig de wachtzin van een versleutelde database (oude uit FLEVODESK_PASSPHRASE, nieuwe uit FLEVODESK_NEW_PASSPHRASE of gevraagd)</source>
        <translation>change the passphrase of an encrypted database (old one from FLEVODESK_PASSPHRASE, new one from FLEVODESK_NEW_PASSPHRASE or asked for)</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>ligt vóór de begindatum</source>
        <translation>is before the start date</translation>
    </message>
    <message>
        <source>ligt vóór de datum van indienen</source>
        <translation>is before the date of submission</translation>
    </message>
    <message>
        <source>ligt vóór de datum van het besluit</source>
        <translation>is before the date of the decision</translation>
    </message>
    <message>
        <source>een vertrokken persoon kan niet actief zijn</source>
        <translation>a person who has left cannot be active</translation>
    </message>
    <message>
        <source>alleen in te vullen bij een tijdelijke locatie</source>
        <translation>only to be filled in for a temporary location</translation>
    </message>
    <message>
        <source>kies de reden van afwijzing</source>
        <translation>choose the reason for rejection</translation>
    </message>
    <message>
        <source>vul het toegekende bedrag in</source>
        <translation>fill in the amount granted</translation>
    </message>
    <message>
        <source>is hoger dan het aangevraagde bedrag</source>
        <translation>is higher than the amount requested</translation>
    </message>
    <message>
        <source>vul de datum van indienen in</source>
        <translation>fill in the date of submission</translation>
    </message>
    <message>
        <source>vul de datum van het besluit in</source>
        <translation>fill in the date of the decision</translation>
    </message>
    <message>
        <source>kies een initiatief</source>
        <translation>choose an initiative</translation>
    </message>
    <message>
        <source>kies een financier</source>
        <translation>choose a funder</translation>
    </message>
    <message>
        <source>kies een gemeente</source>
        <translation>choose a municipality</translation>
    </message>
    <message>
        <source>uren en minuten kunnen niet negatief zijn</source>
        <translation>hours and minutes cannot be negative</translation>
    </message>
    <message>
        <source>is geen datum (dd-mm-jjjj)</source>
        <translation>is not a date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen datum (schrijf dag-maand-jaar, zoals 3-4-1961)</source>
        <translation>&apos;{typed}&apos; is not a date (write day-month-year, such as 3-4-1961)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen tijdsduur (schrijf bijvoorbeeld 1,5 of 1:30 of 90 min)</source>
        <translation>&apos;{typed}&apos; is not a duration (write, for example, 1.5 or 1:30 or 90 min)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen bedrag</source>
        <translation>&apos;{typed}&apos; is not an amount</translation>
    </message>
    <message>
        <source>mag niet negatief zijn</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>is onwaarschijnlijk groot</source>
        <translation>is improbably large</translation>
    </message>
    <message>
        <source>heeft meer dan twee decimalen</source>
        <translation>has more than two decimals</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen datum</source>
        <translation>&apos;{typed}&apos; is not a date</translation>
    </message>
    <message>
        <source>minuten moeten onder de 60 blijven</source>
        <translation>minutes must stay below 60</translation>
    </message>
    <message>
        <source>is verplicht</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; bestaat niet als datum</source>
        <translation>&apos;{typed}&apos; does not exist as a date</translation>
    </message>
    <message>
        <source>is geen geheel getal</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <source>kies gemeente, Flevoland of landelijk</source>
        <translation>choose municipality, Flevoland or national</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen dagdeel (zoals ma-ochtend, za middag of flexibel)</source>
        <translation>&apos;{typed}&apos; is not a part of the day (such as ma-ochtend, za middag or flexibel)</translation>
    </message>
    <message>
        <source>ligt vóór de startdatum van de inzet</source>
        <translation>is before the start date of the engagement</translation>
    </message>
    <message>
        <source>ligt in de toekomst</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <source>moet meer dan 0 minuten zijn</source>
        <translation>must be more than 0 minutes</translation>
    </message>
    <message>
        <source>kan niet meer dan 24 uur op één dag zijn</source>
        <translation>cannot be more than 24 hours on one day</translation>
    </message>
    <message>
        <source>ligt vóór de toestemming</source>
        <translation>is before the consent</translation>
    </message>
    <message>
        <source>ligt vóór de aanvraag</source>
        <translation>is before the application</translation>
    </message>
    <message>
        <source>moet na de inzagedatum liggen</source>
        <translation>must be after the date it was seen</translation>
    </message>
    <message>
        <source>moet tussen 1 en 10 jaar liggen</source>
        <translation>must be between 1 and 10 years</translation>
    </message>
    <message>
        <source>noem wanneer de VOG is ingezien</source>
        <translation>say when the certificate of conduct (VOG) was seen</translation>
    </message>
    <message>
        <source>is lager dan het minimumbedrag</source>
        <translation>is lower than the minimum amount</translation>
    </message>
    <message>
        <source>alleen bij betaling met voorschot</source>
        <translation>only with payment in advance</translation>
    </message>
    <message>
        <source>vul begin én einde van de periode in</source>
        <translation>fill in both the start and the end of the period</translation>
    </message>
    <message>
        <source>moet een percentage tussen 1 en 100 zijn</source>
        <translation>must be a percentage between 1 and 100</translation>
    </message>
    <message>
        <source>is geen redelijke termijn</source>
        <translation>is not a reasonable period</translation>
    </message>
    <message>
        <source>schrijf als maand-dag, zoals 09-01</source>
        <translation>write as month-day, such as 09-01</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen geldig internationaal nummer</source>
        <translation>&apos;{typed}&apos; is not a valid international number</translation>
    </message>
    <message>
        <source>is te lang (hoogstens {most} tekens)</source>
        <translation>is too long (at most {most} characters)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen geldig e-mailadres</source>
        <translation>&apos;{typed}&apos; is not a valid email address</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen telefoonnummer</source>
        <translation>&apos;{typed}&apos; is not a phone number</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen Nederlands telefoonnummer (10 cijfers)</source>
        <translation>&apos;{typed}&apos; is not a Dutch phone number (10 digits)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen geldige postcode (zoals 8224 AB)</source>
        <translation>&apos;{typed}&apos; is not a valid postcode (such as 8224 AB)</translation>
    </message>
    <message>
        <source>moet tussen 1900 en {year} liggen</source>
        <translation>must be between 1900 and {year}</translation>
    </message>
    <message>
        <source>{file} is geen FlevoDesk-database.</source>
        <translation>{file} is not a FlevoDesk database.</translation>
    </message>
    <message>
        <source>{file} opent niet met de wachtzin van de database; geef de wachtzin op die gold toen deze reservekopie werd gemaakt.</source>
        <translation>{file} does not open with the database&apos;s passphrase; give the passphrase that applied when this backup was made.</translation>
    </message>
    <message>
        <source>{file} bestaat niet.</source>
        <translation>{file} does not exist.</translation>
    </message>
    <message>
        <source>Kies voor de reservekopie een ander bestand dan de database zelf.</source>
        <translation>Choose a file for the backup other than the database itself.</translation>
    </message>
    <message>
        <source>{file} is leeg en dus geen FlevoDesk-database.</source>
        <translation>{file} is empty and so not a FlevoDesk database.</translation>
    </message>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van FlevoDesk; werk FlevoDesk eerst bij.</source>
        <translation>{file} was made with a newer version of FlevoDesk; update FlevoDesk first.</translation>
    </message>
    <message>
        <source>Versleuteling is niet beschikbaar: sqlcipher3 is niet geïnstalleerd.</source>
        <translation>Encryption is not available: sqlcipher3 is not installed.</translation>
    </message>
    <message>
        <source>De wachtzin voor de reservekopie {file} klopt niet.</source>
        <translation>The passphrase for the backup {file} is wrong.</translation>
    </message>
    <message>
        <source>Dit is de database zelf; kies een reservekopie.</source>
        <translation>This is the database itself; choose a backup.</translation>
    </message>
    <message>
        <source>Reservekopieën en herstellen werken alleen met een databasebestand (SQLite).</source>
        <translation>Backups and restoring work only with a database file (SQLite).</translation>
    </message>
    <message>
        <source>Er is geen bruikbare reservekopie van {file} gevonden in {folder}.</source>
        <translation>No usable backup of {file} was found in {folder}.</translation>
    </message>
    <message>
        <source>Kan geen kopie van de huidige database maken, dus er is niets hersteld: {reason}</source>
        <translation>Cannot make a copy of the current database, so nothing has been restored: {reason}</translation>
    </message>
    <message>
        <source>Herstellen mislukt, de database is niet gewijzigd; de kopie van vóór het herstel staat in {kept}.</source>
        <translation>Restoring failed and the database has not been changed; the copy from before the restore is in {kept}.</translation>
    </message>
    <message>
        <source>Herstellen mislukt, er is niets gewijzigd: {reason}</source>
        <translation>Restoring failed, nothing has been changed: {reason}</translation>
    </message>
    <message>
        <source>Herstellen van {file} is onderbroken ({reason}); het wordt afgemaakt zodra FlevoDesk de database weer opent.</source>
        <translation>Restoring {file} was interrupted ({reason}); it will be finished as soon as FlevoDesk opens the database again.</translation>
    </message>
    <message>
        <source>u heeft het gewijzigd of er iets aan toegevoegd</source>
        <translation>you changed it or added something to it</translation>
    </message>
    <message>
        <source>eigen gegevens verwijzen ernaar</source>
        <translation>your own records refer to it</translation>
    </message>
    <message>
        <source>een bewaarde aanvraag hoort erbij</source>
        <translation>a kept application belongs to it</translation>
    </message>
    <message>
        <source>Er staan geen voorbeeldgegevens in deze database; er is niets verwijderd.</source>
        <translation>There is no example data in this database; nothing has been removed.</translation>
    </message>
    <message>
        <source>Voorbeeldgegevens verwijderd: {persons}, {initiatives}, {applications} en {partners}.</source>
        <translation>Example data removed: {persons}, {initiatives}, {applications} and {partners}.</translation>
    </message>
    <message>
        <source>Een reservekopie van daarvoor staat in {file}.</source>
        <translation>A backup from before is in {file}.</translation>
    </message>
    <message>
        <source>{count} voorbeeldrecord bleef staan (nog gemarkeerd als demo): {records}.</source>
        <translation>{count} example record was kept (still marked as demo): {records}.</translation>
    </message>
    <message>
        <source>{count} voorbeeldrecords bleven staan (nog gemarkeerd als demo): {records}.</source>
        <translation>{count} example records were kept (still marked as demo): {records}.</translation>
    </message>
    <message>
        <source>{kind} {name} ({reason})</source>
        <translation>{kind} {name} ({reason})</translation>
    </message>
    <message>
        <source>{count} vrijwilliger</source>
        <translation>{count} volunteer</translation>
    </message>
    <message>
        <source>{count} vrijwilligers</source>
        <translation>{count} volunteers</translation>
    </message>
    <message>
        <source>{count} initiatief</source>
        <translation>{count} initiative</translation>
    </message>
    <message>
        <source>{count} initiatieven</source>
        <translation>{count} initiatives</translation>
    </message>
    <message>
        <source>{count} aanvraag</source>
        <translation>{count} application</translation>
    </message>
    <message>
        <source>{count} aanvragen</source>
        <translation>{count} applications</translation>
    </message>
    <message>
        <source>{count} partner</source>
        <translation>{count} partner</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>{count} partners</translation>
    </message>
    <message>
        <source>kies een datum om opnieuw te beoordelen</source>
        <translation>choose a date to review again</translation>
    </message>
    <message>
        <source>moet in de toekomst liggen</source>
        <translation>must be in the future</translation>
    </message>
    <message>
        <source>De persoon is geanonimiseerd; uren en inzet tellen anoniem mee.</source>
        <translation>The person has been anonymised; hours and engagements still count, anonymously.</translation>
    </message>
    <message>
        <source>Geen persoon met e-mailadres &apos;{email}&apos;.</source>
        <translation>No person with the email address &apos;{email}&apos;.</translation>
    </message>
    <message>
        <source>De persoon bestaat niet (meer).</source>
        <translation>The person does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze persoon is al geanonimiseerd.</source>
        <translation>This person has already been anonymised.</translation>
    </message>
    <message>
        <source>De naam of contactgegevens staan nog in: {records}</source>
        <translation>The name or contact details are still in: {records}</translation>
    </message>
    <message>
        <source>{count} eerder gemaakte export(s) met personen bevatten deze gegevens mogelijk nog; verwijder of overschrijf ze: {files}</source>
        <translation>{count} export(s) with persons made earlier may still contain these details; delete or overwrite them: {files}</translation>
    </message>
    <message>
        <source>Let op: {count} oudere reservekopie(ën) bevatten deze gegevens nog tot ze worden verwijderd of vanzelf verlopen; verwijder ze als ze niet meer nodig zijn: {files}</source>
        <translation>Note: {count} older backup(s) still contain these details until they are deleted or expire by themselves; delete them when they are no longer needed: {files}</translation>
    </message>
    <message>
        <source>Een collega importeert of wist op dit moment personen; probeer het zo opnieuw; er is niets gewist.</source>
        <translation>A colleague is importing or erasing persons at the moment; try again shortly; nothing has been erased.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Initiatief &apos;{name}&apos; bestaat niet in deze database.</source>
        <translation>Initiative &apos;{name}&apos; does not exist in this database.</translation>
    </message>
    <message>
        <source>Dit conflict is er niet (meer).</source>
        <translation>This conflict is not (or no longer) there.</translation>
    </message>
    <message>
        <source>Het pakket {name}</source>
        <translation>The package {name}</translation>
    </message>
    <message>
        <source>Het pakket</source>
        <translation>The package</translation>
    </message>
    <message>
        <source>{package} is beschadigd (de inhoud is onleesbaar); er is niets ingelezen.</source>
        <translation>{package} is damaged (its contents cannot be read); nothing was read in.</translation>
    </message>
    <message>
        <source>{package} is beschadigd (de kop is onleesbaar); er is niets ingelezen.</source>
        <translation>{package} is damaged (its header cannot be read); nothing was read in.</translation>
    </message>
    <message>
        <source>{package} is onvolledig (afgebroken bij het kopiëren of opslaan); vraag de afzender het opnieuw te sturen.</source>
        <translation>{package} is incomplete (cut off while copying or saving); ask the sender to send it again.</translation>
    </message>
    <message>
        <source>{package} is geen FlevoDesk-uitwisselpakket.</source>
        <translation>{package} is not a FlevoDesk exchange package.</translation>
    </message>
    <message>
        <source>De wachtzin is te kort: kies er een van minstens {count} tekens.</source>
        <translation>The passphrase is too short: choose one of at least {count} characters.</translation>
    </message>
    <message>
        <source>Het pakket wordt te groot (meer dan {size} MB); deel minder initiatieven tegelijk.</source>
        <translation>The package would be too large (more than {size} MB); share fewer initiatives at a time.</translation>
    </message>
    <message>
        <source>{package} is leeg.</source>
        <translation>{package} is empty.</translation>
    </message>
    <message>
        <source>{package} is gemaakt met een nieuwere FlevoDesk (pakketformaat {version}); werk FlevoDesk bij om het in te lezen.</source>
        <translation>{package} was made with a newer FlevoDesk (package format {version}); update FlevoDesk to read it.</translation>
    </message>
    <message>
        <source>{package} is na het maken veranderd (er staan gegevens achter het pakket); er is niets ingelezen.</source>
        <translation>{package} was changed after it was made (there is data after the package); nothing was read in.</translation>
    </message>
    <message>
        <source>{package} kan niet worden geopend: de wachtzin is onjuist of het bestand is na het maken veranderd (die twee zijn niet van elkaar te onderscheiden); er is niets ingelezen.</source>
        <translation>{package} cannot be opened: the passphrase is wrong or the file was changed after it was made (the two cannot be told apart); nothing was read in.</translation>
    </message>
    <message>
        <source>Het uitwisselpakket {file} komt van een nieuwere FlevoDesk (schema {schema}); werk FlevoDesk eerst bij.</source>
        <translation>The exchange package {file} comes from a newer FlevoDesk (schema {schema}); update FlevoDesk first.</translation>
    </message>
    <message>
        <source>Dit uitwisselpakket komt uit deze database zelf; er is niets veranderd.</source>
        <translation>This exchange package comes from this database itself; nothing has changed.</translation>
    </message>
    <message>
        <source>Het uitwisselpakket {file} is beschadigd.</source>
        <translation>The exchange package {file} is damaged.</translation>
    </message>
    <message>
        <source>Dat initiatief bestaat niet (meer).</source>
        <translation>That initiative does not exist (any more).</translation>
    </message>
    <message>
        <source>de aanvraag</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>bedrag</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>de regeling</source>
        <translation>the scheme</translation>
    </message>
    <message>
        <source>de begrotingsregel</source>
        <translation>the budget line</translation>
    </message>
    <message>
        <source>de uitgave</source>
        <translation>the expense</translation>
    </message>
    <message>
        <source>de verplichting</source>
        <translation>the obligation</translation>
    </message>
    <message>
        <source>De regeling bestaat niet (meer).</source>
        <translation>The scheme does not exist (any more).</translation>
    </message>
    <message>
        <source>regel {number}: {what} {reason}</source>
        <translation>line {number}: {what} {reason}</translation>
    </message>
    <message>
        <source>{amount} is meer dan het maximum van {scheme} ({most}).</source>
        <translation>{amount} is more than the maximum of {scheme} ({most}).</translation>
    </message>
    <message>
        <source>{amount} is minder dan het minimum van {scheme} ({least}).</source>
        <translation>{amount} is less than the minimum of {scheme} ({least}).</translation>
    </message>
    <message>
        <source>Het gevraagde bedrag is {percentage}% van de begroting van {total}; {scheme} betaalt hoogstens {share}%.</source>
        <translation>The amount requested is {percentage}% of the budget of {total}; {scheme} pays at most {share}%.</translation>
    </message>
    <message>
        <source>{count} weken</source>
        <translation>{count} weeks</translation>
    </message>
    <message>
        <source>{count} dagen</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <source>{scheme} neemt alleen aanvragen aan van {opens} tot en met {closes}.</source>
        <translation>{scheme} only accepts applications from {opens} to {closes} inclusive.</translation>
    </message>
    <message>
        <source>&apos;{line}&apos; valt onder {kind}; dat betaalt {scheme} niet.</source>
        <translation>&apos;{line}&apos; comes under {kind}; {scheme} does not pay for that.</translation>
    </message>
    <message>
        <source>{amount} voor {kind} is meer dan de {cap} die {scheme} daarvoor geeft.</source>
        <translation>{amount} for {kind} is more than the {cap} that {scheme} gives for it.</translation>
    </message>
    <message>
        <source>{scheme} vraagt een aanvraag minstens {lead} voor de activiteit; de laatste dag daarvoor was {latest}.</source>
        <translation>{scheme} asks for an application at least {lead} before the activity; the last day for that was {latest}.</translation>
    </message>
    <message>
        <source>kolom {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>kolom {number} ({name})</source>
        <translation>column {number} ({name})</translation>
    </message>
    <message>
        <source>Regel {line}, {column}: de cel tussen aanhalingstekens bevat het scheidingsteken en de regel heeft maar {found} van de {total} kolommen. Staat er een los aanhalingsteken (&quot;)?</source>
        <translation>Line {line}, {column}: the cell between quotation marks contains the delimiter and the line has only {found} of the {total} columns. Is there a stray quotation mark (&quot;)?</translation>
    </message>
    <message>
        <source>Regel {line}, {column}: het aanhalingsteken (&quot;) aan het begin van de cel loopt door over {breaks} regeleinde(n), en regel {inner} daarbinnen lijkt een eigen rij. Verwijder het losse aanhalingsteken of sluit het op de goede plaats.</source>
        <translation>Line {line}, {column}: the quotation mark (&quot;) at the start of the cell runs on over {breaks} line break(s), and line {inner} within it looks like a row of its own. Remove the stray quotation mark or close it in the right place.</translation>
    </message>
    <message>
        <source>Regel {line}, {column}: de cel is {length} tekens lang; er passen hoogstens {most} in.</source>
        <translation>Line {line}, {column}: the cell is {length} characters long; it holds at most {most}.</translation>
    </message>
    <message>
        <source>Regel {line}, {column}: het aanhalingsteken (&quot;) aan het begin van de cel wordt nergens gesloten. Verwijder het of sluit het, anders komt de rest van het bestand in deze ene cel.</source>
        <translation>Line {line}, {column}: the quotation mark (&quot;) at the start of the cell is never closed. Remove it or close it, or the rest of the file ends up in this one cell.</translation>
    </message>
    <message>
        <source>Regel {line}, {column}: na het sluitende aanhalingsteken (&quot;) staat nog tekst in de cel. Verwijder het losse aanhalingsteken of zet de hele cel tussen aanhalingstekens.</source>
        <translation>Line {line}, {column}: there is more text in the cell after the closing quotation mark (&quot;). Remove the stray quotation mark or put the whole cell between quotation marks.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 met BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>UTF-16 LE (Unicode-tekst)</source>
        <translation>UTF-16 LE (Unicode text)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Excel-werkmap (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Regel {line} is UTF-8-tekst, de rest van het bestand Windows-1252: het bestand mengt twee tekencoderingen. Sla het opnieuw op als &apos;CSV UTF-8&apos; en importeer het dan.</source>
        <translation>Line {line} is UTF-8 text and the rest of the file Windows-1252: the file mixes two character encodings. Save it again as &apos;CSV UTF-8&apos; and then import it.</translation>
    </message>
    <message>
        <source>Regel {line} is geen UTF-8-tekst, de rest van het bestand wel: het bestand mengt twee tekencoderingen. Sla het opnieuw op als &apos;CSV UTF-8&apos; en importeer het dan.</source>
        <translation>Line {line} is not UTF-8 text but the rest of the file is: the file mixes two character encodings. Save it again as &apos;CSV UTF-8&apos; and then import it.</translation>
    </message>
    <message>
        <source>Regel {line} bevat tekens die in {encoding} niet bestaan: het bestand is beschadigd of in een andere codering opgeslagen.</source>
        <translation>Line {line} contains characters that do not exist in {encoding}: the file is damaged or was saved in another encoding.</translation>
    </message>
    <message>
        <source>initiatief &apos;{name}&apos; bestaat niet</source>
        <translation>initiative &apos;{name}&apos; does not exist</translation>
    </message>
    <message>
        <source>initiatief &apos;{name}&apos; bestaat niet en de gemeente is onbekend (voeg een kolom Gemeente toe)</source>
        <translation>initiative &apos;{name}&apos; does not exist and the municipality is unknown (add a column Gemeente)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen status (actief, inactief, gestopt)</source>
        <translation>&apos;{typed}&apos; is not a status (actief, inactief, gestopt)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen manier (formulier, e-mail, mondeling)</source>
        <translation>&apos;{typed}&apos; is not a way of giving consent (formulier, e-mail, mondeling)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen jaartal</source>
        <translation>&apos;{typed}&apos; is not a year</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen rol (kies uit {names})</source>
        <translation>&apos;{typed}&apos; is not a role (choose from {names})</translation>
    </message>
    <message>
        <source>puntkomma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>komma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Gelezen als {encoding}, kolommen gescheiden door {delimiter}.</source>
        <translation>Read as {encoding}, columns separated by {delimiter}.</translation>
    </message>
    <message>
        <source>{file}: kies een .csv- of .xlsx-bestand.</source>
        <translation>{file}: choose a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>Gelezen als Excel-werkmap (.xlsx).</source>
        <translation>Read as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Het bestand is leeg: er staat geen kopregel in.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>regel {line}: {field}: {reason}</source>
        <translation>line {line}: {field}: {reason}</translation>
    </message>
    <message>
        <source>regel {line}: {field}: let op: {reason}</source>
        <translation>line {line}: {field}: note: {reason}</translation>
    </message>
    <message>
        <source>{count} regels gelezen.</source>
        <translation>{count} lines read.</translation>
    </message>
    <message>
        <source>Nieuwe personen: {count}.</source>
        <translation>New persons: {count}.</translation>
    </message>
    <message>
        <source>Al aanwezig: {count} ({updated} aangevuld).</source>
        <translation>Already present: {count} ({updated} completed).</translation>
    </message>
    <message>
        <source>Nieuwe inzet bij initiatieven: {count}.</source>
        <translation>New engagements with initiatives: {count}.</translation>
    </message>
    <message>
        <source>Waarschuwingen: {count} (die houden geen regel tegen).</source>
        <translation>Warnings: {count} (they keep no line out).</translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd: verbeter de fouten of sla ze over.</source>
        <translation>Nothing has been imported: correct the errors or skip them.</translation>
    </message>
    <message>
        <source>Proefimport: er is niets opgeslagen.</source>
        <translation>Trial import: nothing has been saved.</translation>
    </message>
    <message>
        <source>Import voltooid.</source>
        <translation>Import completed.</translation>
    </message>
    <message>
        <source>Samengevoegd met een bestaande persoon: {count}.</source>
        <translation>Merged with an existing person: {count}.</translation>
    </message>
    <message>
        <source>Nieuwe initiatieven: {names}.</source>
        <translation>New initiatives: {names}.</translation>
    </message>
    <message>
        <source>Overgeslagen regels: {lines}.</source>
        <translation>Skipped lines: {lines}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos;: geef voor- én achternaam</source>
        <translation>&apos;{typed}&apos;: give both first name and surname</translation>
    </message>
    <message>
        <source>noem het initiatief bij de rol</source>
        <translation>name the initiative with the role</translation>
    </message>
    <message>
        <source>{reason}; de tekst staat bij de opmerkingen</source>
        <translation>{reason}; the text is in the notes</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is niet als dagdeel te lezen</source>
        <translation>&apos;{typed}&apos; cannot be read as a part of the day</translation>
    </message>
    <message>
        <source>is langer dan {most} tekens</source>
        <translation>is longer than {most} characters</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos;: dan is deze persoon {age} jaar; klopt dat?</source>
        <translation>&apos;{typed}&apos;: that makes this person {age} years old; is that right?</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; ligt meer dan {years} jaar terug; klopt de datum?</source>
        <translation>&apos;{typed}&apos; is more than {years} years ago; is the date right?</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; bevat een regeleinde; zet de naam op één regel</source>
        <translation>&apos;{typed}&apos; contains a line break; put the name on one line</translation>
    </message>
    <message>
        <source>onzichtbare stuurtekens (zoals NUL) zijn weggelaten</source>
        <translation>invisible control characters (such as NUL) have been left out</translation>
    </message>
    <message>
        <source>{reason}; de tekst staat bij de toelichting</source>
        <translation>{reason}; the text is in the explanation</translation>
    </message>
    <message>
        <source>Een collega heeft tijdens de import een persoon met hetzelfde e-mailadres opgeslagen; er is niets geïmporteerd. Importeer het bestand opnieuw.</source>
        <translation>A colleague saved a person with the same email address during the import; nothing has been imported. Import the file again.</translation>
    </message>
    <message>
        <source>Een collega importeert of wist op dit moment personen; probeer het zo opnieuw; er is niets geïmporteerd.</source>
        <translation>A colleague is importing or erasing persons at the moment; try again shortly; nothing has been imported.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar Excel-bestand.</source>
        <translation>{file} is not a readable Excel file.</translation>
    </message>
    <message>
        <source>{file} is geen gewoon Excel-bestand: het bevat te veel delen.</source>
        <translation>{file} is not an ordinary Excel file: it contains too many parts.</translation>
    </message>
    <message>
        <source>{file} is uitgepakt {size} MB groot; een lijst met vrijwilligers mag hoogstens {most} MB zijn. Kijk of het het goede bestand is, of sla alleen het blad met de lijst op.</source>
        <translation>{file} is {size} MB unpacked; a list of volunteers may be at most {most} MB. Check that it is the right file, or save only the sheet with the list.</translation>
    </message>
    <message>
        <source>{file} bevat geen werkblad.</source>
        <translation>{file} contains no worksheet.</translation>
    </message>
    <message>
        <source>{file} heeft meer dan {most} rijen; zoveel vrijwilligers importeert FlevoDesk niet in één keer. Splits de lijst.</source>
        <translation>{file} has more than {most} rows; FlevoDesk does not import that many volunteers at once. Split the list.</translation>
    </message>
    <message>
        <source>{file}: rij {row} heeft meer dan {most} kolommen; verwijder de lege of overbodige kolommen.</source>
        <translation>{file}: row {row} has more than {most} columns; remove the empty or unneeded columns.</translation>
    </message>
    <message>
        <source>{file} is beschadigd: rij {row} kan niet worden gelezen.</source>
        <translation>{file} is damaged: row {row} cannot be read.</translation>
    </message>
    <message>
        <source>het initiatief</source>
        <translation>the initiative</translation>
    </message>
    <message>
        <source>Geen initiatief met de naam &apos;{name}&apos;.</source>
        <translation>No initiative with the name &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>deze wijk of kern hoort niet bij de gekozen gemeente</source>
        <translation>this neighbourhood or village does not belong to the chosen municipality</translation>
    </message>
    <message>
        <source>Een persoon kan niet met zichzelf worden samengevoegd.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <source>Deze samenvoeging bestaat niet (meer).</source>
        <translation>This merge does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze samenvoeging is al ongedaan gemaakt.</source>
        <translation>This merge has already been undone.</translation>
    </message>
    <message>
        <source>De bewaarde persoon bestaat niet meer.</source>
        <translation>The person kept no longer exists.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen webadres zoals www.voorbeeld.nl</source>
        <translation>&apos;{typed}&apos; is not a web address such as www.example.org</translation>
    </message>
    <message>
        <source>Verwijzing &apos;{text}&apos;: {reason}.</source>
        <translation>Link &apos;{text}&apos;: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; bestaat niet meer; er is niets opgeslagen.</source>
        <translation>&apos;{text}&apos; no longer exists; nothing was saved.</translation>
    </message>
    <message>
        <source>moet tussen 0 en {most} actieve initiatieven liggen</source>
        <translation>must be between 0 and {most} active initiatives</translation>
    </message>
    <message>
        <source>de partner</source>
        <translation>the partner</translation>
    </message>
    <message>
        <source>de contactpersoon</source>
        <translation>the contact</translation>
    </message>
    <message>
        <source>{name} is financier van {count} aanvraag; verwijder of wijzig die eerst.</source>
        <translation>{name} is the funder of {count} application; delete or change it first.</translation>
    </message>
    <message>
        <source>{name} is financier van {count} aanvragen; verwijder of wijzig die eerst.</source>
        <translation>{name} is the funder of {count} applications; delete or change them first.</translation>
    </message>
    <message>
        <source>de vrijwilliger</source>
        <translation>the volunteer</translation>
    </message>
    <message>
        <source>de inzet</source>
        <translation>the engagement</translation>
    </message>
    <message>
        <source>de urenregel</source>
        <translation>the hours entry</translation>
    </message>
    <message>
        <source>De database is niet versleuteld; de reservekopieën blijven zoals ze zijn.</source>
        <translation>The database is not encrypted; the backups stay as they are.</translation>
    </message>
    <message>
        <source>{done} van {total} reservekopieën versleuteld; {reason}</source>
        <translation>{done} of {total} backups encrypted; {reason}</translation>
    </message>
    <message>
        <source>{done} van {total} reservekopieën verwijderd; {reason}</source>
        <translation>{done} of {total} backups deleted; {reason}</translation>
    </message>
    <message>
        <source>Aanvraag {number} bestaat niet.</source>
        <translation>Application {number} does not exist.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Er is geen persoon met e-mailadres &apos;{email}&apos;.</source>
        <translation>There is no person with the email address &apos;{email}&apos;.</translation>
    </message>
    <message>
        <source>Initiatief {number} bestaat niet.</source>
        <translation>Initiative {number} does not exist.</translation>
    </message>
    <message>
        <source>Gemeente &apos;{name}&apos; bestaat niet.</source>
        <translation>Municipality &apos;{name}&apos; does not exist.</translation>
    </message>
    <message>
        <source>Initiatief &apos;{name}&apos; bestaat niet.</source>
        <translation>Initiative &apos;{name}&apos; does not exist.</translation>
    </message>
    <message>
        <source>de toestemming</source>
        <translation>the consent</translation>
    </message>
    <message>
        <source>de VOG-registratie</source>
        <translation>the VOG record</translation>
    </message>
    <message>
        <source>moet tussen 1 en 120 maanden liggen</source>
        <translation>must be between 1 and 120 months</translation>
    </message>
    <message>
        <source>moet tussen 0 en 365 dagen liggen</source>
        <translation>must be between 0 and 365 days</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>inzet</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>urenregel</source>
        <translation>hours entry</translation>
    </message>
    <message>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>VOG-registratie</source>
        <translation>VOG record</translation>
    </message>
    <message>
        <source>wijzigingsregel</source>
        <translation>change log line</translation>
    </message>
    <message>
        <source>samenvoeging</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>initiatief</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>aanvraag</source>
        <translation>application</translation>
    </message>
    <message>
        <source>begrotingsregel</source>
        <translation>budget line</translation>
    </message>
    <message>
        <source>uitgave</source>
        <translation>expense</translation>
    </message>
    <message>
        <source>verplichting</source>
        <translation>obligation</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>Initiatief &apos;{name}&apos; hoort bij de voorbeeldgegevens, en die gaan niet mee in een uitwisselpakket; kies een initiatief van uzelf.</source>
        <translation>Initiative &apos;{name}&apos; belongs to the demo data, which never goes into an exchange package; choose an initiative of your own.</translation>
    </message>
    <message>
        <source>Herstellen kan niet: deze vrijwilliger is gewist (AVG) en komt niet terug.</source>
        <translation>Cannot restore: this volunteer was erased (GDPR) and does not come back.</translation>
    </message>
    <message>
        <source>{kind} kan niet worden hersteld: het record waar het bij hoort is hier verwijderd; herstel dat eerst.</source>
        <translation>{kind} cannot be restored: the record it belongs to is deleted here; restore that first.</translation>
    </message>
    <message>
        <source>Alleen een verwijderd record kan worden hersteld of verwijderd gelaten.</source>
        <translation>Only a deleted record can be restored or left deleted.</translation>
    </message>
    <message>
        <source>{kind} kan niet worden hersteld; koppel de partner opnieuw aan het initiatief.</source>
        <translation>{kind} cannot be restored; link the partner to the initiative again.</translation>
    </message>
    <message>
        <source>{kind} kan hier niet worden hersteld: de andere gegevens ervan zijn hier al eerder verwijderd. Herstel het op {site}, waar de wijziging vandaan kwam.</source>
        <translation>{kind} cannot be restored here: its other details were deleted here earlier. Restore it on {site}, where the change came from.</translation>
    </message>
    <message>
        <source>{kind} kan niet worden hersteld: een waarde ervan (zoals een e-mailadres of een naam) hoort hier intussen bij een ander record.</source>
        <translation>{kind} cannot be restored: one of its values (such as an e-mail address or a name) now belongs to another record here.</translation>
    </message>
    <message>
        <source>Samenvoegen ongedaan maken kan niet: de samengevoegde persoon is intussen gewist (AVG) en komt niet terug.</source>
        <translation>The merge cannot be undone: the merged person has since been erased (GDPR) and will not come back.</translation>
    </message>
    <message>
        <source>Dit voorstel is er niet (meer).</source>
        <translation>This proposal is no longer there.</translation>
    </message>
    <message>
        <source>Alleen twee personen kunnen worden samengevoegd.</source>
        <translation>Only two persons can be merged.</translation>
    </message>
    <message>
        <source>laatste inzet of contact {day}</source>
        <translation>last engagement or contact {day}</translation>
    </message>
    <message>
        <source>{role} bij {initiative}: geen geldige VOG</source>
        <translation>{role} at {initiative}: no valid VOG</translation>
    </message>
    <message>
        <source>geldig tot en met deze dag</source>
        <translation>valid up to and including this day</translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>doelgroep van een partner</source>
        <translation>target group of a partner</translation>
    </message>
    <message>
        <source>regeling</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>kostenregel van een regeling</source>
        <translation>cost rule of a scheme</translation>
    </message>
    <message>
        <source>wijzigen van {noun}</source>
        <translation>changing {noun}</translation>
    </message>
    <message>
        <source>wijziging</source>
        <translation>change</translation>
    </message>
    <message>
        <source>toevoegen van {noun}</source>
        <translation>adding {noun}</translation>
    </message>
    <message>
        <source>verwijderen van {noun}</source>
        <translation>deleting {noun}</translation>
    </message>
    <message>
        <source>koppeling</source>
        <translation>link</translation>
    </message>
    <message>
        <source>{noun} nummer {number}</source>
        <translation>{noun} number {number}</translation>
    </message>
    <message>
        <source>op {day} om {time}</source>
        <translation>on {day} at {time}</translation>
    </message>
    <message>
        <source>het record</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>om {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>{who} heeft {noun} {moment} gewijzigd.</source>
        <translation>{who} changed {noun} {moment}.</translation>
    </message>
    <message>
        <source>Iemand anders heeft {noun} {moment} gewijzigd.</source>
        <translation>Someone else changed {noun} {moment}.</translation>
    </message>
    <message>
        <source>{noun} bestaat niet (meer).</source>
        <translation>{noun} does not exist (any more).</translation>
    </message>
    <message>
        <source>Iemand anders heeft {noun} intussen gewijzigd. Laad het opnieuw en breng uw wijziging dan aan.</source>
        <translation>Someone else has changed {noun} in the meantime. Load it again and then make your change.</translation>
    </message>
    <message>
        <source>de database weigert dit: {refusal}</source>
        <translation>the database refuses this: {refusal}</translation>
    </message>
    <message>
        <source>Iemand anders heeft {noun} intussen gewijzigd of verwijderd.</source>
        <translation>Someone else has changed or deleted {noun} in the meantime.</translation>
    </message>
    <message>
        <source>een gekozen waarde bestaat niet meer</source>
        <translation>a value chosen no longer exists</translation>
    </message>
    <message>
        <source>deze waarde bestaat al</source>
        <translation>this value already exists</translation>
    </message>
    <message>
        <source>{noun} wordt nog gebruikt en kan niet worden verwijderd.</source>
        <translation>{noun} is still in use and cannot be deleted.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw uitvoeren</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>{doing} kan niet: {what} is intussen weer in gebruik; er is niets veranderd.</source>
        <translation>{doing} is not possible: {what} is in use again in the meantime; nothing has been changed.</translation>
    </message>
    <message>
        <source>{doing} kan niet: {what} is intussen verwijderd; er is niets veranderd.</source>
        <translation>{doing} is not possible: {what} has been deleted in the meantime; nothing has been changed.</translation>
    </message>
    <message>
        <source>{doing} kan niet: {what} is intussen gewijzigd; er is niets veranderd.</source>
        <translation>{doing} is not possible: {what} has been changed in the meantime; nothing has been changed.</translation>
    </message>
    <message>
        <source>{what} bestaat niet meer.</source>
        <translation>{what} no longer exists.</translation>
    </message>
    <message>
        <source>{doing} kan niet: {row} hoort intussen bij {what} en zou mee verdwijnen; er is niets veranderd.</source>
        <translation>{doing} is not possible: {row} now belongs to {what} and would disappear with it; nothing has been changed.</translation>
    </message>
    <message>
        <source>{doing} kan niet: {what} hoort bij een vrijwilliger die intussen is gewist (AVG) en komt niet terug; er is niets veranderd.</source>
        <translation>{doing} is not possible: {what} belongs to a volunteer who has since been erased (GDPR) and does not come back; nothing was changed.</translation>
    </message>
    <message>
        <source>{doing} kan niet: het botst met wat er intussen is vastgelegd (een waarde die al bestaat of een record dat er niet meer is); er is niets veranderd.</source>
        <translation>{doing} is not possible: it clashes with what has been recorded in the meantime (a value that already exists or a record that is no longer there); nothing has been changed.</translation>
    </message>
    <message>
        <source>{doing} kan niet: het record is intussen gewijzigd.</source>
        <translation>{doing} is not possible: the record has been changed in the meantime.</translation>
    </message>
    <message>
        <source>{doing} kan niet: {reason}.</source>
        <translation>{doing} is not possible: {reason}.</translation>
    </message>
    <message>
        <source>Let op: de oude gegevens staan nog in het databasebestand, meestal omdat een ander programma de database nog leest; sluit dat programma. Het opruimen wordt afgemaakt zodra FlevoDesk de database weer opent.</source>
        <translation>Note: the old details are still in the database file, usually because another program is still reading the database; close that program. The clean-up will be finished as soon as FlevoDesk opens the database again.</translation>
    </message>
    <message>
        <source>Let op: oude versies van de gegevens staan nog in de database op de teamserver, omdat collega&apos;s de tabellen nog gebruikten of omdat alleen de beheerder ze mag opruimen. Het opruimen (VACUUM FULL) wordt afgemaakt zodra de beheerder FlevoDesk opent.</source>
        <translation>Note: old versions of the details are still in the database on the team server, because colleagues were still using the tables or because only the administrator may clean them up. The clean-up (VACUUM FULL) will be finished as soon as the administrator opens FlevoDesk.</translation>
    </message>
    <message>
        <source>{database} is in orde (schema {revision}).</source>
        <translation>{database} is in order (schema {revision}).</translation>
    </message>
    <message>
        <source>{database} is bijgewerkt van schema {before} naar {revision}.</source>
        <translation>{database} has been updated from schema {before} to {revision}.</translation>
    </message>
    <message>
        <source>{problem} De nieuwste goede reservekopie is {backup}; zet die terug met: {command}</source>
        <translation>{problem} The newest good backup is {backup}; restore it with: {command}</translation>
    </message>
    <message>
        <source>{database} is in orde (schema {revision}, versleuteld; wordt bij openen bijgewerkt naar {head}).</source>
        <translation>{database} is in order (schema {revision}, encrypted; it will be updated to {head} when opened).</translation>
    </message>
    <message>
        <source>{database} is in orde (schema {revision}; wordt bij openen bijgewerkt naar {head}).</source>
        <translation>{database} is in order (schema {revision}; it will be updated to {head} when opened).</translation>
    </message>
    <message>
        <source>{database} is in orde (schema {revision}, versleuteld).</source>
        <translation>{database} is in order (schema {revision}, encrypted).</translation>
    </message>
    <message>
        <source>{database} staat op schema {revision}.</source>
        <translation>{database} is at schema {revision}.</translation>
    </message>
    <message>
        <source>{database} stond al op schema {revision}; er is niets gewijzigd.</source>
        <translation>{database} was already at schema {revision}; nothing has been changed.</translation>
    </message>
    <message>
        <source>{database} is ingericht (schema {revision}, met de Flevolandse gegevens).</source>
        <translation>{database} has been set up (schema {revision}, with the Flevoland data).</translation>
    </message>
    <message>
        <source>{problem} Er is geen goede reservekopie van deze database gevonden in {folder}.</source>
        <translation>{problem} No good backup of this database was found in {folder}.</translation>
    </message>
    <message>
        <source>{database} is beschadigd of geen FlevoDesk-database.</source>
        <translation>{database} is damaged or not a FlevoDesk database.</translation>
    </message>
    <message>
        <source>{database} is leeg: maak eerst een database met &apos;flevodesk init&apos;.</source>
        <translation>{database} is empty: first make a database with &apos;flevodesk init&apos;.</translation>
    </message>
    <message>
        <source>{database} is geen FlevoDesk-database.</source>
        <translation>{database} is not a FlevoDesk database.</translation>
    </message>
    <message>
        <source>{database} is gemaakt met een nieuwere versie van FlevoDesk (schema {revision}).</source>
        <translation>{database} was made with a newer version of FlevoDesk (schema {revision}).</translation>
    </message>
    <message>
        <source>Alleen een databasebestand kan worden versleuteld.</source>
        <translation>Only a database file can be encrypted.</translation>
    </message>
    <message>
        <source>{file} is al versleuteld.</source>
        <translation>{file} is already encrypted.</translation>
    </message>
    <message>
        <source>Deze database is niet versleuteld.</source>
        <translation>This database is not encrypted.</translation>
    </message>
    <message>
        <source>Deze database moet eerst worden bijgewerkt; dat kan alleen als het andere FlevoDesk-venster gesloten is.</source>
        <translation>This database must be updated first; that can only be done once the other FlevoDesk window is closed.</translation>
    </message>
    <message>
        <source>De kopie is niet bewaard: het nieuwe bestand bleek niet in orde.</source>
        <translation>The copy has not been kept: the new file turned out not to be in order.</translation>
    </message>
    <message>
        <source>De kopie is niet bewaard: tabel {table} kreeg {found} van de {total} rijen.</source>
        <translation>The copy has not been kept: table {table} received {found} of the {total} rows.</translation>
    </message>
    <message>
        <source>Verbinding gelukt met {where} (schema {revision}).</source>
        <translation>Connected to {where} (schema {revision}).</translation>
    </message>
    <message>
        <source>Vul bij Server de naam of het adres van de teamserver in.</source>
        <translation>Fill in the name or address of the team server under Server.</translation>
    </message>
    <message>
        <source>Vul bij Database de naam van de database op de teamserver in.</source>
        <translation>Fill in the name of the database on the team server under Database.</translation>
    </message>
    <message>
        <source>Versleuteling &apos;{mode}&apos; kent PostgreSQL niet.</source>
        <translation>PostgreSQL does not know the encryption &apos;{mode}&apos;.</translation>
    </message>
    <message>
        <source>{database} is geen teamserver (PostgreSQL).</source>
        <translation>{database} is not a team server (PostgreSQL).</translation>
    </message>
    <message>
        <source>sinds {day}</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <source>Kopie van {source} naar {target} mislukt: {reason}.</source>
        <translation>Copying {source} to {target} failed: {reason}.</translation>
    </message>
    <message>
        <source>Een lege wachtzin beschermt niets; kies een wachtzin.</source>
        <translation>An empty passphrase protects nothing; choose a passphrase.</translation>
    </message>
    <message>
        <source>Versleutelen</source>
        <translation>Encrypting</translation>
    </message>
    <message>
        <source>de database is nog onversleuteld en compleet</source>
        <translation>the database is still unencrypted and complete</translation>
    </message>
    <message>
        <source>Wijzigen van de wachtzin</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>de oude wachtzin geldt nog</source>
        <translation>the old passphrase still applies</translation>
    </message>
    <message>
        <source>{action} van {file} mislukt: {reason}; {still}.</source>
        <translation>{action} failed for {file}: {reason}; {still}.</translation>
    </message>
    <message>
        <source>{file} is nog geopend in een ander venster of programma; sluit dat eerst.</source>
        <translation>{file} is still open in another window or program; close that first.</translation>
    </message>
    <message>
        <source>Het versleutelen van {file} was niet afgemaakt; de database is nog onversleuteld en compleet.</source>
        <translation>Encrypting {file} was not finished; the database is still unencrypted and complete.</translation>
    </message>
    <message>
        <source>Het wijzigen van de wachtzin van {file} was niet afgemaakt; de oude wachtzin geldt nog.</source>
        <translation>Changing the passphrase of {file} was not finished; the old passphrase still applies.</translation>
    </message>
    <message>
        <source>De wachtzin voor {file} klopt niet (of het bestand is beschadigd).</source>
        <translation>The passphrase for {file} is wrong (or the file is damaged).</translation>
    </message>
    <message>
        <source>De versleutelde kopie {file} is niet gelijk aan het origineel; {still}.</source>
        <translation>The encrypted copy {file} does not match the original; {still}.</translation>
    </message>
    <message>
        <source>Versleuteling is niet beschikbaar: het onderdeel sqlcipher3 is niet geïnstalleerd.</source>
        <translation>Encryption is not available: the sqlcipher3 component is not installed.</translation>
    </message>
    <message>
        <source>De versleutelde kopie {file} opent niet; {still}.</source>
        <translation>The encrypted copy {file} does not open; {still}.</translation>
    </message>
    <message>
        <source>De versleutelde kopie {file} is niet goed ({reason}); {still}.</source>
        <translation>The encrypted copy {file} is not sound ({reason}); {still}.</translation>
    </message>
    <message>
        <source>Kan {file} niet openen: {reason}.</source>
        <translation>Cannot open {file}: {reason}.</translation>
    </message>
    <message>
        <source>de database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en sla dan opnieuw op; uw invoer blijft staan.</source>
        <translation>The disk is full: nothing has been saved. Free up some space and save again; what you entered is kept.</translation>
    </message>
    <message>
        <source>{database} kan niet worden beschreven (alleen-lezen: de schijf of het bestand is beveiligd tegen schrijven). Er is niets opgeslagen.</source>
        <translation>{database} cannot be written to (read-only: the disk or the file is write-protected). Nothing has been saved.</translation>
    </message>
    <message>
        <source>{database} is niet (meer) bereikbaar: er is niets opgeslagen. Controleer de schijf of USB-stick en probeer het opnieuw.</source>
        <translation>{database} cannot be reached (any more): nothing has been saved. Check the disk or USB stick and try again.</translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma; er is niets opgeslagen. Probeer het zo opnieuw.</source>
        <translation>The database is busy in another program; nothing has been saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>SQLite weigerde de bewerking</source>
        <translation>SQLite refused the operation</translation>
    </message>
    <message>
        <source>{file} is versleuteld of beschadigd. Geef de wachtzin op (op de opdrachtregel met FLEVODESK_PASSPHRASE).</source>
        <translation>{file} is encrypted or damaged. Give the passphrase (on the command line with FLEVODESK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>{file} is beschadigd: de controle vond {count} fouten in het bestand. Zet een reservekopie terug (flevodesk check noemt de nieuwste goede).</source>
        <translation>{file} is damaged: the check found {count} errors in the file. Restore a backup (flevodesk check names the newest good one).</translation>
    </message>
    <message>
        <source>{file} is beschadigd: de controle vond 1 fout in het bestand. Zet een reservekopie terug (flevodesk check noemt de nieuwste goede).</source>
        <translation>{file} is damaged: the check found 1 error in the file. Restore a backup (flevodesk check names the newest good one).</translation>
    </message>
    <message>
        <source>{file} is geen FlevoDesk-database of is beschadigd.</source>
        <translation>{file} is not a FlevoDesk database or is damaged.</translation>
    </message>
    <message>
        <source>{file} kon niet helemaal worden gelezen ({reason}); er wordt niets in opgeslagen.</source>
        <translation>{file} could not be read in full ({reason}); nothing will be saved in it.</translation>
    </message>
    <message>
        <source>In {file} is een schrijfactie onderbroken (het journaal staat er nog naast). Open de database met FlevoDesk: dat draait de onafgemaakte wijziging terug, zoals elk SQLite-programma; de controle verandert niets.</source>
        <translation>A write to {file} was interrupted (its journal is still beside it). Open the database with FlevoDesk: that rolls the unfinished change back, as any SQLite program does; the check changes nothing.</translation>
    </message>
    <message>
        <source>{database} heeft schema {revision} en deze FlevoDesk verwacht {head}; vraag de beheerder om de database bij te werken met: {command}</source>
        <translation>{database} has schema {revision} and this FlevoDesk expects {head}; ask the administrator to upgrade the database with: {command}</translation>
    </message>
    <message>
        <source>een migratiestap gaf een fout ({error})</source>
        <translation>a migration step gave an error ({error})</translation>
    </message>
    <message>
        <source>de database is deels bijgewerkt; zet een reservekopie terug.</source>
        <translation>the database is partly upgraded; restore a backup.</translation>
    </message>
    <message>
        <source>{database} is nog leeg; de beheerder richt de database in met: {command}</source>
        <translation>{database} is still empty; the administrator sets the database up with: {command}</translation>
    </message>
    <message>
        <source>na de migratie kloppen {count} verwijzingen niet</source>
        <translation>after the migration {count} references are wrong</translation>
    </message>
    <message>
        <source>de database is niet gewijzigd.</source>
        <translation>the database has not been changed.</translation>
    </message>
    <message>
        <source>alle wijzigingen zijn teruggedraaid; de gegevens staan nog op schema {revision}.</source>
        <translation>every change has been rolled back; the data is still at schema {revision}.</translation>
    </message>
    <message>
        <source>de database is deels bijgewerkt; de kopie van vóór de migratie staat in {kept}.</source>
        <translation>the database is partly upgraded; the copy from before the migration is in {kept}.</translation>
    </message>
    <message>
        <source>{database} is gemaakt met een nieuwere versie van FlevoDesk (schema {revision}); werk FlevoDesk bij om dit bestand te openen.</source>
        <translation>{database} was made with a newer version of FlevoDesk (schema {revision}); update FlevoDesk to open this file.</translation>
    </message>
    <message>
        <source>de database is teruggezet uit de kopie van vóór de migratie ({kept}).</source>
        <translation>the database has been put back from the copy made before the migration ({kept}).</translation>
    </message>
    <message>
        <source>{file} is nog geopend door een ander programma.</source>
        <translation>{file} is still open in another program.</translation>
    </message>
    <message>
        <source>{database} is gemaakt met een nieuwere versie van FlevoDesk (schema {revision}); werk FlevoDesk bij om deze database te openen.</source>
        <translation>{database} was made with a newer version of FlevoDesk (schema {revision}); update FlevoDesk to open this database.</translation>
    </message>
    <message>
        <source>Bijwerken van {file} van schema {revision} naar {head} is mislukt: {reason}; {outcome}</source>
        <translation>Upgrading {file} from schema {revision} to {head} failed: {reason}; {outcome}</translation>
    </message>
    <message>
        <source>FlevoDesk kan {database} niet inrichten: {problem}.</source>
        <translation>FlevoDesk cannot set up {database}: {problem}.</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>de schijfruimte (quota) is op</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>de schijf of USB-stick is alleen-lezen</source>
        <translation>the disk or USB stick is read-only</translation>
    </message>
    <message>
        <source>u hebt geen toegang (rechten)</source>
        <translation>you have no access (permissions)</translation>
    </message>
    <message>
        <source>dit is niet toegestaan (rechten)</source>
        <translation>this is not allowed (permissions)</translation>
    </message>
    <message>
        <source>het bestand of de map bestaat niet</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>dit is een map, geen bestand</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>er staat al iets met die naam</source>
        <translation>something with that name already exists</translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>de schijf gaf een leesfout of schrijffout</source>
        <translation>the disk gave a read or write error</translation>
    </message>
    <message>
        <source>het bestand is in gebruik</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>er staan te veel bestanden open</source>
        <translation>too many files are open</translation>
    </message>
    <message>
        <source>het apparaat is niet (meer) bereikbaar</source>
        <translation>the device cannot be reached (any more)</translation>
    </message>
    <message>
        <source>bron en doel staan op verschillende schijven</source>
        <translation>source and destination are on different disks</translation>
    </message>
    <message>
        <source>het bestand wordt te groot voor deze schijf</source>
        <translation>the file is getting too large for this disk</translation>
    </message>
    <message>
        <source>het besturingssysteem weigerde (foutcode {code})</source>
        <translation>the operating system refused (error code {code})</translation>
    </message>
    <message>
        <source>het bestand</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>Kan {file} niet opslaan: {reason}.</source>
        <translation>Cannot save {file}: {reason}.</translation>
    </message>
    <message>
        <source>Kan {file} niet lezen: {reason}.</source>
        <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
        <source>Kan {file} niet verwijderen: {reason}.</source>
        <translation>Cannot delete {file}: {reason}.</translation>
    </message>
    <message>
        <source>Kan {file} niet herstellen: {reason}.</source>
        <translation>Cannot restore {file}: {reason}.</translation>
    </message>
    <message>
        <source>Kan {file} niet gebruiken: {reason}.</source>
        <translation>Cannot use {file}: {reason}.</translation>
    </message>
    <message>
        <source>Kopie van {source} maken mislukt: {reason}.</source>
        <translation>Making a copy of {source} failed: {reason}.</translation>
    </message>
    <message>
        <source>database {name} op server {host}</source>
        <translation>database {name} on server {host}</translation>
    </message>
    <message>
        <source>database {name} op de teamserver ordent of verkleint tekst anders dan FlevoDesk verwacht (nodig: UTF-8 met de tekenvolgorde C.UTF-8); maak hem opnieuw aan met: CREATE DATABASE {name} TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C.UTF-8&apos;</source>
        <translation>database {name} on the team server orders or lowers text differently from what FlevoDesk expects (needed: UTF-8 with the C.UTF-8 collation); create it again with: CREATE DATABASE {name} TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C.UTF-8&apos;</translation>
    </message>
    <message>
        <source>de teamserver weigert het wachtwoord van gebruiker {user}</source>
        <translation>the team server refuses the password of user {user}</translation>
    </message>
    <message>
        <source>de teamserver laat gebruiker {user} niet toe</source>
        <translation>the team server does not admit user {user}</translation>
    </message>
    <message>
        <source>database {database} bestaat niet op de teamserver</source>
        <translation>database {database} does not exist on the team server</translation>
    </message>
    <message>
        <source>gebruiker {user} heeft op de teamserver geen recht op deze bewerking</source>
        <translation>user {user} has no right to do this on the team server</translation>
    </message>
    <message>
        <source>de teamserver heeft geen verbindingen meer vrij; probeer het zo opnieuw</source>
        <translation>the team server has no connections left; try again shortly</translation>
    </message>
    <message>
        <source>de teamserver is gestopt door de beheerder; probeer het zo opnieuw</source>
        <translation>the team server was stopped by its administrator; try again shortly</translation>
    </message>
    <message>
        <source>de teamserver start nog op; probeer het zo opnieuw</source>
        <translation>the team server is still starting; try again shortly</translation>
    </message>
    <message>
        <source>database {name} op deze computer</source>
        <translation>database {name} on this computer</translation>
    </message>
    <message>
        <source>Geen verbinding met {where}: {reason}.</source>
        <translation>No connection to {where}: {reason}.</translation>
    </message>
    <message>
        <source>de teamserver vraagt een wachtwoord voor gebruiker {user}; zet het in uw pgpass-bestand (of een service-bestand), niet in de opdracht</source>
        <translation>the team server asks a password for user {user}; put it in your pgpass file (or a service file), not in the command</translation>
    </message>
    <message>
        <source>de verbinding met de teamserver is verbroken; probeer het opnieuw</source>
        <translation>the connection to the team server was lost; try again</translation>
    </message>
    <message>
        <source>de teamserver is niet bereikbaar, of kent gebruiker {user} of deze database niet</source>
        <translation>the team server cannot be reached, or does not know user {user} or this database</translation>
    </message>
    <message>
        <source>de schijf of het bestand is beveiligd tegen schrijven</source>
        <translation>the disk or the file is write-protected</translation>
    </message>
    <message>
        <source>de database is bezet door een ander programma</source>
        <translation>the database is busy in another program</translation>
    </message>
    <message>
        <source>het bestand is niet te openen (bestaat de map, is het geen map en is de schijf bereikbaar?)</source>
        <translation>the file cannot be opened (does the folder exist, is it not a folder, and can the disk be reached?)</translation>
    </message>
    <message>
        <source>het bestand is beschadigd</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>het bestand is geen database of is beschadigd</source>
        <translation>the file is not a database or is damaged</translation>
    </message>
    <message>
        <source>er is te weinig werkgeheugen</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <source>de database weigerde (SQLite-foutcode {code})</source>
        <translation>the database refused (SQLite error code {code})</translation>
    </message>
    <message>
        <source>Kan de database niet gebruiken: {reason}.</source>
        <translation>Cannot use the database: {reason}.</translation>
    </message>
    <message>
        <source>{file} bestaat niet; maak eerst een database met &apos;flevodesk init&apos;.</source>
        <translation>{file} does not exist; first make a database with &apos;flevodesk init&apos;.</translation>
    </message>
    <message>
        <source>{count} rijen geschreven naar {file}</source>
        <translation>{count} rows written to {file}</translation>
    </message>
    <message>
        <source>{count} deadlines geschreven naar {file}</source>
        <translation>{count} deadlines written to {file}</translation>
    </message>
    <message>
        <source>{count} visitekaartjes geschreven naar {file}</source>
        <translation>{count} business cards written to {file}</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {file}</source>
        <translation>Backup made: {file}</translation>
    </message>
    <message>
        <source>Hersteld uit {file}.</source>
        <translation>Restored from {file}.</translation>
    </message>
    <message>
        <source>Onbekende initiatieven: {names}. Gebruik --create-initiatives om ze aan te maken.</source>
        <translation>Unknown initiatives: {names}. Use --create-initiatives to create them.</translation>
    </message>
    <message>
        <source>regel {line}: mogelijk dubbel: {name} lijkt op {existing} (wordt als nieuwe persoon toegevoegd)</source>
        <translation>line {line}: possible duplicate: {name} looks like {existing} (added as a new person)</translation>
    </message>
    <message>
        <source>flevodesk: na de import staan niet alle gemelde personen in de database; controleer de lijst en importeer opnieuw.</source>
        <translation>flevodesk: after the import not all the persons reported are in the database; check the list and import again.</translation>
    </message>
    <message>
        <source>De vorige database is bewaard als {file}.</source>
        <translation>The previous database has been kept as {file}.</translation>
    </message>
    <message>
        <source>De herstelde database is bijgewerkt naar de huidige versie.</source>
        <translation>The restored database has been updated to the current version.</translation>
    </message>
    <message>
        <source>De herstelde database is versleuteld met de wachtzin van de reservekopie.</source>
        <translation>The restored database is encrypted with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Let op: deze reservekopie hoort bij een andere database dan de vervangen.</source>
        <translation>Note: this backup belongs to a different database from the one replaced.</translation>
    </message>
    <message>
        <source>{problem} (op de opdrachtregel met {variable})</source>
        <translation>{problem} (on the command line with {variable})</translation>
    </message>
    <message>
        <source>Wachtzin van de reservekopie: </source>
        <translation>Passphrase of the backup: </translation>
    </message>
    <message>
        <source>Uitwisselpakket {number} voor {peer} geschreven naar {file} ({records} records, {size} bytes).</source>
        <translation>Exchange package {number} for {peer} written to {file} ({records} records, {size} bytes).</translation>
    </message>
    <message>
        <source>Pakket {number} van {sender} ingelezen (dit pakket was al eerder ingelezen): {applied} wijzigingen, {conflicts} conflicten, {doubles} mogelijke dubbelen.</source>
        <translation>Package {number} from {sender} read (this package had been read before): {applied} changes, {conflicts} conflicts, {doubles} possible duplicates.</translation>
    </message>
    <message>
        <source>Pakket {number} van {sender} ingelezen: {applied} wijzigingen, {conflicts} conflicten, {doubles} mogelijke dubbelen.</source>
        <translation>Package {number} from {sender} read: {applied} changes, {conflicts} conflicts, {doubles} possible duplicates.</translation>
    </message>
    <message>
        <source>{count} te beoordelen:</source>
        <translation>{count} to review:</translation>
    </message>
    <message>
        <source>Conflict {id}: het verwijderde record is teruggezet.</source>
        <translation>Conflict {id}: the deleted record was brought back.</translation>
    </message>
    <message>
        <source>Deze database heet bij uitwisselen: {name}</source>
        <translation>When exchanging, this database is called: {name}</translation>
    </message>
    <message>
        <source>Geef de wachtzin van het team in {variable}.</source>
        <translation>Give the team passphrase in {variable}.</translation>
    </message>
    <message>
        <source>Wachtzin van het team: </source>
        <translation>Team passphrase: </translation>
    </message>
    <message>
        <source>Bekijk ze met &apos;flevodesk exchange conflicts&apos; of in Gegevens &gt; Uitwisselen.</source>
        <translation>See them with &apos;flevodesk exchange conflicts&apos; or under Data &gt; Exchange.</translation>
    </message>
    <message>
        <source>{file} is verwijderd.</source>
        <translation>{file} has been deleted.</translation>
    </message>
    <message>
        <source>Het pakket bevat persoonsgegevens; verwijder {file} als u het niet meer nodig hebt.</source>
        <translation>The package holds personal data; delete {file} when you no longer need it.</translation>
    </message>
    <message>
        <source>Er is niets te beoordelen.</source>
        <translation>There is nothing to review.</translation>
    </message>
    <message>
        <source>  [{id}] {kind} {record}, {field}: hier &apos;{ours}&apos;, van {site} op {day} {time} &apos;{theirs}&apos;</source>
        <translation>  [{id}] {kind} {record}, {field}: here &apos;{ours}&apos;, from {site} on {day} {time} &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>  [{id}] {kind} {record}, {field}: hier &apos;{ours}&apos;, van {site} &apos;{theirs}&apos;</source>
        <translation>  [{id}] {kind} {record}, {field}: here &apos;{ours}&apos;, from {site} &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>Conflict {id}: het record blijft verwijderd.</source>
        <translation>Conflict {id}: the record stays deleted.</translation>
    </message>
    <message>
        <source>Conflict {id} is beslist.</source>
        <translation>Conflict {id} is decided.</translation>
    </message>
    <message>
        <source>Uw keuze gaat met het volgende pakket mee naar de anderen.</source>
        <translation>Your choice goes to the others with the next package.</translation>
    </message>
    <message>
        <source>Beslis met &apos;flevodesk exchange resolve NUMMER&apos; en --keep-mine, --take-theirs, --restore, --leave-deleted, --merge of --keep-apart.</source>
        <translation>Decide with &apos;flevodesk exchange resolve NUMBER&apos; and --keep-mine, --take-theirs, --restore, --leave-deleted, --merge or --keep-apart.</translation>
    </message>
    <message>
        <source>      verwijderd: zet het terug met --restore of laat het zo met --leave-deleted</source>
        <translation>      deleted: bring it back with --restore or leave it so with --leave-deleted</translation>
    </message>
    <message>
        <source>Voorstel {id}: de twee personen zijn samengevoegd (ongedaan te maken in het venster: Gegevens → Samenvoegen ongedaan maken).</source>
        <translation>Proposal {id}: the two people have been merged (to undo in the window: Data → Undo merge).</translation>
    </message>
    <message>
        <source>      lijkt op wie hier staat: voeg samen met --merge of --keep-apart</source>
        <translation>      looks like someone here: merge with --merge or --keep-apart</translation>
    </message>
    <message>
        <source>Voorstel {id}: de twee records blijven apart.</source>
        <translation>Proposal {id}: the two records stay apart.</translation>
    </message>
    <message>
        <source>      lijkt op wat hier staat: bekijk het en sluit af met --keep-apart</source>
        <translation>      looks like a record here: check it and settle it with --keep-apart</translation>
    </message>
    <message>
        <source>{count} onversleutelde reservekopieën</source>
        <translation>{count} unencrypted backups</translation>
    </message>
    <message>
        <source>{count} onversleutelde reservekopie</source>
        <translation>{count} unencrypted backup</translation>
    </message>
    <message>
        <source>{copies} versleuteld met de wachtzin van de database.</source>
        <translation>{copies} encrypted with the database&apos;s passphrase.</translation>
    </message>
    <message>
        <source>{copies} verwijderd.</source>
        <translation>{copies} deleted.</translation>
    </message>
    <message>
        <source>Niets verwijderd.</source>
        <translation>Nothing deleted.</translation>
    </message>
    <message>
        <source>bevestig het verwijderen met --yes (er is geen terminal)</source>
        <translation>confirm the deletion with --yes (there is no terminal)</translation>
    </message>
    <message>
        <source>{copies} verwijderen? Typ &apos;ja&apos;: </source>
        <translation>Delete {copies}? Type &apos;yes&apos;: </translation>
    </message>
    <message>
        <source>{title} geschreven naar {file}</source>
        <translation>{title} written to {file}</translation>
    </message>
    <message>
        <source>Onbekende taal bij --language: &apos;{code}&apos;; kies {codes}.</source>
        <translation>Unknown language for --language: &apos;{code}&apos;; choose {codes}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is geen datum als 2026-12-05</source>
        <translation>&apos;{typed}&apos; is not a date like 2026-12-05</translation>
    </message>
    <message>
        <source>{count} personen zonder inzet, uren of contact in {months} maanden:</source>
        <translation>{count} persons without engagement, hours or contact in {months} months:</translation>
    </message>
    <message>
        <source>Besluit per persoon in FlevoDesk (Privacy &gt; Bewaartermijn) of met &apos;privacy erase&apos;.</source>
        <translation>Decide per person in FlevoDesk (Privacy &gt; Bewaartermijn) or with &apos;privacy erase&apos;.</translation>
    </message>
    <message>
        <source>Inzage geschreven naar {pdf} en {data}</source>
        <translation>Access export written to {pdf} and {data}</translation>
    </message>
    <message>
        <source>Verwerkingsregister geschreven naar {file}</source>
        <translation>Register of processing written to {file}</translation>
    </message>
    <message>
        <source>Niemand is langer dan {months} maanden stil; er hoeft niets besloten te worden.</source>
        <translation>Nobody has been inactive for longer than {months} months; nothing needs deciding.</translation>
    </message>
    <message>
        <source>geen e-mail</source>
        <translation>no email</translation>
    </message>
    <message>
        <source>  {name} &lt;{email}&gt;: laatst {last}; bewaard tot {until} ({reason})</source>
        <translation>  {name} &lt;{email}&gt;: last {last}; kept until {until} ({reason})</translation>
    </message>
    <message>
        <source>  {name} &lt;{email}&gt;: laatst {last}</source>
        <translation>  {name} &lt;{email}&gt;: last {last}</translation>
    </message>
    <message>
        <source>bevestig het wissen met --yes (er is geen terminal)</source>
        <translation>confirm the erasure with --yes (there is no terminal)</translation>
    </message>
    <message>
        <source>{person} onherroepelijk anonimiseren? Typ &apos;ja&apos;: </source>
        <translation>Anonymise {person} irrevocably? Type &apos;yes&apos;: </translation>
    </message>
    <message>
        <source>Niets gewijzigd.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>{program}: fout in de opdracht: {problem}</source>
        <translation>{program}: error in the command: {problem}</translation>
    </message>
    <message>
        <source>geef de wachtzin op in {variable}</source>
        <translation>give the passphrase in {variable}</translation>
    </message>
    <message>
        <source>Nieuwe wachtzin: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>de twee wachtzinnen verschillen</source>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <source>Database aangemaakt: {database}</source>
        <translation>Database created: {database}</translation>
    </message>
    <message>
        <source>Database bestaat al: {database}</source>
        <translation>Database already exists: {database}</translation>
    </message>
    <message>
        <source>De database is nu versleuteld; bewaar de wachtzin goed: zonder wachtzin zijn de gegevens niet terug te halen.</source>
        <translation>The database is now encrypted; keep the passphrase safe: without it the data cannot be recovered.</translation>
    </message>
    <message>
        <source>geef de huidige wachtzin op in {variable}</source>
        <translation>give the current passphrase in {variable}</translation>
    </message>
    <message>
        <source>{file} bestaat niet</source>
        <translation>{file} does not exist</translation>
    </message>
    <message>
        <source>De wachtzin is gewijzigd; de oude opent de database niet meer. Bestaande reservekopieën openen alleen met de oude wachtzin.</source>
        <translation>The passphrase has been changed; the old one no longer opens the database. Existing backups open only with the old passphrase.</translation>
    </message>
    <message>
        <source>Nogmaals: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>De database is versleuteld; bewaar de wachtzin goed: zonder wachtzin zijn de gegevens niet terug te halen.</source>
        <translation>The database is encrypted; keep the passphrase safe: without it the data cannot be recovered.</translation>
    </message>
    <message>
        <source>--db verwacht een bestandsnaam</source>
        <translation>--db expects a file name</translation>
    </message>
    <message>
        <source>De demoset was al aanwezig.</source>
        <translation>The demo set was already there.</translation>
    </message>
    <message>
        <source>Demoset toegevoegd (fictieve gegevens, gemarkeerd als demo).</source>
        <translation>Demo set added (fictitious data, marked as demo).</translation>
    </message>
    <message>
        <source>Er staat nog {copies} van deze database in {folder}. Versleutel met &apos;flevodesk backup encrypt-old&apos; of verwijder met &apos;flevodesk backup delete-plain&apos;.</source>
        <translation>There is still {copies} of this database in {folder}. Encrypt it with &apos;flevodesk backup encrypt-old&apos; or delete it with &apos;flevodesk backup delete-plain&apos;.</translation>
    </message>
    <message>
        <source>Er staan nog {copies} van deze database in {folder}. Versleutel met &apos;flevodesk backup encrypt-old&apos; of verwijder met &apos;flevodesk backup delete-plain&apos;.</source>
        <translation>There are still {copies} of this database in {folder}. Encrypt them with &apos;flevodesk backup encrypt-old&apos; or delete them with &apos;flevodesk backup delete-plain&apos;.</translation>
    </message>
    <message>
        <source>afgebroken</source>
        <translation>interrupted</translation>
    </message>
</context>
<context>
    <name>printouts</name>
    <message>
        <source>Inwoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>In</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Initiatieven</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Ini</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>G</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Interessant voor:</source>
        <translation>Of interest to:</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Initiatieven per gemeente en status</source>
        <translation>Initiatives per municipality and status</translation>
    </message>
    <message>
        <source>Aanvragen per fase</source>
        <translation>Applications per stage</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Active volunteers</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Uren in de laatste 12 maanden</source>
        <translation>Hours in the last 12 months</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Vrijwilligersuren per maand in {year}</source>
        <translation>Volunteer hours per month in {year}</translation>
    </message>
    <message>
        <source>aangevraagd</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>toegekend</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>Inwonersinitiatief in {place}</source>
        <translation>Residents’ initiative in {place}</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Minder actief</source>
        <translation>Less active</translation>
    </message>
    <message>
        <source>Gesteund door</source>
        <translation>Supported by</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <source>Wat is het?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <source>Ons doel</source>
        <translation>Our aim</translation>
    </message>
    <message>
        <source>Doe mee</source>
        <translation>Join in</translation>
    </message>
    <message>
        <source>Ons verhaal</source>
        <translation>Our story</translation>
    </message>
    <message>
        <source>Tijdelijke locatie</source>
        <translation>Temporary venue</translation>
    </message>
    <message>
        <source>Kartrekkers:</source>
        <translation>Organisers:</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Wie zoeken we?</source>
        <translation>Who are we looking for?</translation>
    </message>
    <message>
        <source>FlevoDesk · gedrukt op {date}</source>
        <translation>FlevoDesk · printed on {date}</translation>
    </message>
    <message>
        <source>Geen initiatieven gevonden</source>
        <translation>No initiatives found</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente naar de contactgegevens.</source>
        <translation>Ask the municipality for the contact details.</translation>
    </message>
    <message>
        <source>Er zijn geen initiatieven om af te drukken.</source>
        <translation>There are no initiatives to print.</translation>
    </message>
    <message>
        <source>Tijdelijke locatie tot {date}</source>
        <translation>Temporary venue until {date}</translation>
    </message>
    <message>
        <source>{name} is een inwonersinitiatief in {municipality}.</source>
        <translation>{name} is a residents’ initiative in {municipality}.</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Onze uren, de afgelopen 12 maanden</source>
        <translation>Our hours over the last 12 months</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>doen nu mee</source>
        <translation>taking part now</translation>
    </message>
    <message>
        <source>Uren gegeven</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <source>in de afgelopen 12 maanden</source>
        <translation>in the last 12 months</translation>
    </message>
    <message>
        <source>Actief sinds</source>
        <translation>Active since</translation>
    </message>
    <message>
        <source>begonnen op {date}</source>
        <translation>started on {date}</translation>
    </message>
    <message>
        <source>{hours} uur</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Meer weten?</source>
        <translation>Want to know more?</translation>
    </message>
    <message>
        <source>Scan de code of ga naar</source>
        <translation>Scan the code or go to</translation>
    </message>
    <message>
        <source>pagina {number} van {total}</source>
        <translation>page {number} of {total}</translation>
    </message>
    <message>
        <source>{title} (vervolg)</source>
        <translation>{title} (continued)</translation>
    </message>
    <message>
        <source>Inwonersinitiatieven in Flevoland</source>
        <translation>Residents’ initiatives in Flevoland</translation>
    </message>
    <message>
        <source>Impressies uit de gesprekken op straat</source>
        <translation>Impressions from conversations in the street</translation>
    </message>
    <message>
        <source>Uitdagingen | vraagstukken | behoefte</source>
        <translation>Challenges | questions | needs</translation>
    </message>
    <message>
        <source>Algemeen beeld</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>EXPERIMENTEERRUIMTE</source>
        <translation>ROOM TO EXPERIMENT</translation>
    </message>
    <message>
        <source>VERTROUWEN</source>
        <translation>TRUST</translation>
    </message>
    <message>
        <source>KIJKEN NAAR WAT KAN</source>
        <translation>LOOKING AT WHAT IS POSSIBLE</translation>
    </message>
    <message>
        <source>KRACHTEN BUNDELEN</source>
        <translation>JOINING FORCES</translation>
    </message>
    <message>
        <source>Succesfactoren</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Inspiratie vinden bij elkaar</source>
        <translation>Inspiration from each other</translation>
    </message>
    <message>
        <source>Netwerk partners</source>
        <translation>Partner network</translation>
    </message>
    <message>
        <source>NETWERK PARTNERS</source>
        <translation>PARTNER NETWORK</translation>
    </message>
    <message>
        <source>In Flevoland en landelijk</source>
        <translation>In Flevoland and nationally</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Kern of wijk</source>
        <translation>Village or neighbourhood</translation>
    </message>
    <message>
        <source>Waar het om gaat</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>Initiatieven in {municipality} ({count})</source>
        <translation>Initiatives in {municipality} ({count})</translation>
    </message>
    <message>
        <source>Algemeen beeld · gemeente {municipality}</source>
        <translation>Overview · municipality of {municipality}</translation>
    </message>
    <message>
        <source>Inwoners perspectief</source>
        <translation>Residents’ perspective</translation>
    </message>
    <message>
        <source>Gemeentelijk perspectief</source>
        <translation>Municipal perspective</translation>
    </message>
    <message>
        <source>{title} – algemeen beeld</source>
        <translation>{title} – overview</translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Wijken en kernen met initiatieven, waarvan er geen actief is.</source>
        <translation>Neighbourhoods and villages with initiatives, none of them active.</translation>
    </message>
    <message>
        <source>Minder actieve wijken en kernen</source>
        <translation>Less active neighbourhoods and villages</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Zulke wijken en kernen zijn er nu niet.</source>
        <translation>There are none at the moment.</translation>
    </message>
    <message>
        <source>Nog geen initiatief bekend ({count})</source>
        <translation>No initiative known yet ({count})</translation>
    </message>
    <message>
        <source>In cijfers</source>
        <translation>In figures</translation>
    </message>
    <message>
        <source>IN CIJFERS</source>
        <translation>IN FIGURES</translation>
    </message>
    <message>
        <source>Initiatieven, vrijwilligers, uren en aanvragen</source>
        <translation>Initiatives, volunteers, hours and applications</translation>
    </message>
    <message>
        <source>Nog geen initiatieven vastgelegd, dus nog geen uren en aanvragen te tellen.</source>
        <translation>No initiatives recorded yet, so no hours or applications to count.</translation>
    </message>
    <message>
        <source>Wijken en kernen met initiatieven, waarvan hoogstens {most} actief.</source>
        <translation>Neighbourhoods and villages with initiatives, of which at most {most} active.</translation>
    </message>
    <message>
        <source>stand op {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <source>Nog geen initiatieven vastgelegd, dus nog geen uren en aanvragen te tellen ({as_of}).</source>
        <translation>No initiatives recorded yet, so no hours or applications to count ({as_of}).</translation>
    </message>
    <message>
        <source>Alle cijfers: {as_of}.</source>
        <translation>All figures: {as_of}.</translation>
    </message>
    <message>
        <source>Verder interessant</source>
        <translation>Further reading</translation>
    </message>
    <message>
        <source>In Flevoland</source>
        <translation>In Flevoland</translation>
    </message>
    <message>
        <source>Landelijk</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>In {place}</source>
        <translation>In {place}</translation>
    </message>
    <message>
        <source>Nog geen partners vastgelegd.</source>
        <translation>No partners recorded yet.</translation>
    </message>
    <message>
        <source>Presentielijst</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Presentielijst {initiative}</source>
        <translation>Sign-in sheet: {initiative}</translation>
    </message>
    <message>
        <source>FlevoDesk · uw gegevens gebruiken we alleen voor deze bijeenkomst</source>
        <translation>FlevoDesk · we use your details for this meeting only</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Telefoon of e-mail</source>
        <translation>Phone or email</translation>
    </message>
    <message>
        <source>(optioneel)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Opstart</source>
        <translation>Starting up</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>In voorbereiding</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Deels toegekend</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Verantwoording ingediend</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Reservekopie %1 is teruggezet; het onbruikbare bestand staat bewaard in de map met reservekopieën.</source>
        <extracomment>Qt&apos;s own catalogue per language; English is Qt&apos;s source language and needs none. The Qt translator installed per application, kept so a change of language removes it.</extracomment>
        <translation>Backup %1 has been restored; the unusable file has been kept in the backup folder.</translation>
    </message>
</context>
</TS>
