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
        <translation>Export to an &amp;SQLite file…</translation>
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
    <name>formatting</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
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
