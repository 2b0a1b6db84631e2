<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>za</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexibel (in overleg)</source>
        <extracomment>One box per stored value (&quot;ma-ochtend&quot;, ..., &quot;flexibel&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtzin van %1:</source>
        <extracomment>How often the passphrase of an older backup may be typed wrong before giving up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtzin van de reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <extracomment>Takes over a new handle on the database (the main window&apos;s ``attach``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtzin van de reservekopie klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vóór bijwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagelijkse kopieën bewaren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database wordt vervangen door de kopie van %1. Van de huidige database wordt eerst een kopie bewaard.

Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet. De vorige database staat bewaard als %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een collega</source>
        <extracomment>What a field without a value shows in the dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: %1, samen met de wijziging van %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1 Uw wijzigingen staan nog in het formulier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tegelijk gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft dezelfde velden gewijzigd; kies per veld welke waarde blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde van %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <extracomment>Per field: the button that keeps the user&apos;s value and the colleague&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers &amp;importeren…</source>
        <extracomment>What the current tab shows: its listing and query, or ``None`` for a tab without a table. Takes over a new handle, when a restore put an encrypted backup in place.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel exporteren naar &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel exporteren naar &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines naar agenda (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contactpersonen (.vcf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samenvoegen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze tab heeft geen tabel om te exporteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-bestanden (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rijen geschreven naar %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendabestanden (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines geschreven naar %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contactpersonen exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactkaarten (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitekaartjes geschreven naar %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën (*.sqlite3 *.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle huidige gegevens worden vervangen door die uit %1. Een kopie van de huidige database wordt eerst bewaard in %2. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vorige database staat in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen samenvoeging om ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ongedaan maken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen ongedaan maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe wachtzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtzin van een paar woorden. Zonder wachtzin zijn de gegevens niet terug te halen: bewaar hem op een veilige plek.

Wachtzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nogmaals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtzinnen verschillen; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers voor &amp;partners exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen actieve vrijwilligers die toestemming gaven hun gegevens met partners te delen, en alleen naam, woonplaats en contactgegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën &amp;beheren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;versleutelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtzin wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers voor partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv);;Excel-bestanden (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vrijwilligers met toestemming om gegevens met partners te delen geschreven naar %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>De database is versleuteld. Bewaar de wachtzin goed: zonder wachtzin zijn de gegevens niet terug te halen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database versleutelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtzin wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige wachtzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtzin is gewijzigd; de oude opent de database niet meer. Bestaande reservekopieën openen alleen met de oude wachtzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De huidige wachtzin klopt niet; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtzin wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorbeeldgegevens verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haalt de verzonnen demoset weg; wat u zelf invoerde, blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan geen voorbeeldgegevens in deze database; er is niets verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>De %n voorbeeldrecords (verzonnen initiatieven, vrijwilligers, aanvragen en partners) worden verwijderd, met hun inzet, uren en begrotingen. Wat u zelf invoerde of aan de voorbeelden veranderde, blijft staan. Eerst komt er een reservekopie in %1. Doorgaan?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Voorbeeldgegevens verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft %1 gewijzigd maar nog niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daarmee verdwijnen ook: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt dit ongedaan maken met Ctrl+Z (Bewerken &gt; Ongedaan maken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlevoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <extracomment>A domain rule for one value (``clean_email``): raises ``ValidationError`` naming the field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uren</source>
        <extracomment>The value last given, kept while the options that hold it have not arrived. The picks last given, kept while the options that hold them have not arrived.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld 2, 1,5, 1:30, 90 min of 2 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Options read from the pickers&apos; lists, given the values the other filters have now. The name the worklist, the settings and the command line use (&quot;person&quot;). The tab&apos;s title, in the user&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begroting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen bijdrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gedekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgefinancierd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financieringsplan en trackrecord afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer dan nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is %1 meer gedekt dan de begroting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij meer dan één financier gevraagd: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit record valt buiten de huidige zoekopdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: controleer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het formulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegekend (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van afwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kies een reden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vul de datum van het besluit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan (vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaald op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrotingsregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand of kenmerk, zoals bon 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bon als bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgave toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgave verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buiten de begroting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bon kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonnen (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze uitgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal begroting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle persoonsgegevens van %1 onherroepelijk wissen? Uren en inzet blijven anoniem bewaard voor de statistiek. Dit kan niet ongedaan worden gemaakt, en wat u tot nu toe met Ctrl+Z ongedaan kon maken vervalt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Toestemmingen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrekken (vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;VOG-register&lt;/b&gt; (geen kopie van de verklaring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screeningsprofiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingezien op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevraagd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingezien door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig tot (leeg: volgens rol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wijzigingslogboek&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageverzoek (export)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimiseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geanonimiseerd op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Let op:&lt;/b&gt; geen geldige VOG, nodig voor de rol %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG geldig tot en met %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen VOG geregistreerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageverzoek opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inzage staat in %1, met de gegevens als JSON in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiering in de pijplijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeling of financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kies een initiatief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongebruikte potjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorbeeld — controleer de actuele regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handleiding ontbreekt in deze installatie (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleiding FlevoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlevoDesk: inwonersinitiatieven, vrijwilligers, financiering en partners in Flevoland, zonder internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevensmap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog niet geopend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over FlevoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen. Controleer de regels en importeer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regels met fouten overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende initiatieven aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v van %m regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk dubbel (vink aan om samen te voegen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel %1: %2 lijkt op %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers importeren</source>
        <extracomment>(rows done, rows in the file) of the running check or import, sent from the worker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een Excel-bestand (.xlsx) of een CSV-bestand met één vrijwilliger per regel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad naar het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand met vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijsten (*.xlsx *.csv *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand lezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer welke kolom wat bevat en pas het zo nodig aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegingen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïmporteerd, maar let op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De samenvoegingen zijn ongedaan gemaakt: beide personen staan er weer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met ongedaan maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle financiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelingen van de financiers bekijken, toevoegen en bijwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijplijn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantallen en bedragen per status, financier en gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk of kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle wijken en kernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle werkgebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interessant voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor iedereen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onversleutelde reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>De database is versleuteld, maar er staan nog %n onversleutelde reservekopieën van in %1. Daarin is alles zonder wachtzin te lezen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Versleutel ze met de nieuwe wachtzin, of verwijder ze als u ze niet nodig hebt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleutelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reservekopieën zijn nu versleuteld met de nieuwe wachtzin.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n onversleutelde reservekopieën zijn verwijderd.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>De onversleutelde reservekopieën blijven staan; op de opdrachtregel doet &apos;flevodesk backup encrypt-old&apos; het later alsnog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën bijwerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <extracomment>Printing draws each page as an image; beyond this the images only grow (an A4 page at 1200 dpi is half a gigabyte), not the sharpness a laser printer shows of text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken</source>
        <extracomment>What an asker calls with the request fields it filled in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies eerst %1</source>
        <extracomment>The items of each kind of record&apos;s printouts, named after the record open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor welke gemeente?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst %1 op zijn tabblad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina %1</source>
        <extracomment>Grey space around and between the pages, in pixels. Pages this far from the ones on screen keep their image; farther ones are forgotten. An image drawn at a resolution this close to the wanted one is shown, not drawn again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <extracomment>The page being read (from 0): the one covering the upper third of the view. Drawn pages: the resolution each was drawn at and its pixmap.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olgende ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pagina(&apos;s) naar de printer gestuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy-instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie met FlevoDesk werkt (voor het logboek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn na laatste inzet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG-verlenging melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact voor privacyvragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rol&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;VOG vereist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Geldig (jaar)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;VOG per rol&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn beoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste inzet/contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerder bewaard om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden om te bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw beoordelen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personen hebben al %2 maanden geen inzet, uren of contact. Besluit per persoon: bewaren (met reden en datum) of anonimiseren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niemand om over te besluiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonsgegevens wissen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy-&amp;instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn beoordelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerkingsregister opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerkingsregister opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerkingsregister opgeslagen in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze database staat op een teamserver: reservekopieën, terugzetten en versleuteling zijn daar het werk van de beheerder van de server (met de back-ups, de schijfversleuteling en TLS van de server). Wilt u de gegevens bij u hebben, bijvoorbeeld op een laptop, exporteer ze dan naar een SQLite-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar een &amp;SQLite-bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar een SQLite-bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar een SQLite-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlevoDesk-database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rijen gekopieerd naar %2; het bestand is gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag %1</source>
        <extracomment>Folder names of sync clients: a database inside them can be overwritten by a stale copy. Why the database opens read-only, for the banner; None while it opens for writing. Called once the database has opened in the window (a chosen server is remembered).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gisteren %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een ander FlevoDesk-venster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een ander FlevoDesk-venster (proces %1 op computer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen: deze database is sinds %1 in gebruik bij %2. U kunt alles bekijken en exporteren; wijzigen kan weer als dat venster gesloten is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen: deze database is in gebruik bij %2. U kunt alles bekijken en exporteren; wijzigen kan weer als dat venster gesloten is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen: de schijf of het bestand is beveiligd tegen schrijven. U kunt alles bekijken en exporteren; wijzigen kan op een schijf waarop geschreven mag worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen: FlevoDesk kon naast de database geen vergrendeling maken, dus niet uitsluiten dat een ander venster er ook in schrijft. U kunt alles bekijken en exporteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in een gesynchroniseerde map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staat in een map van %2.

Zo&apos;n dienst kan een oudere kopie over uw database heen zetten of een half geschreven bestand verzenden; dan gaan gegevens verloren. Zet de database liever in een gewone map en bewaar de reservekopieën (in %3) in de gesynchroniseerde map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is versleuteld. Wachtzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtzin klopt niet (nog %1 pogingen).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database niet te openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is niet gewijzigd. Wat wilt u doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwste goede reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokaal bestand gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander bestand openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlevoDesk-databases (*.sqlite3 *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinden met teamserver</source>
        <extracomment>The settings&apos; key for the server the window opens at start-up (an URL, no password).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam of adres, bijvoorbeeld db.gemeente.nl</source>
        <extracomment>The tested URL (with the typed password, for this session&apos;s handle only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg: uit uw pgpass- of servicebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruiker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versleuteling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord geldt alleen voor deze sessie; FlevoDesk bewaart het nergens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding &amp;testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding met de teamserver testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord voor de teamserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord (alleen voor deze sessie):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken…</source>
        <extracomment>An undo or redo is being written; the actions wait for it. Goes up when the stack is cleared or given a command, so an undo that finishes afterwards does not move an index that no longer means the same command (it stays marked done; undoing it again is refused by the rows&apos; check).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw uitvoeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bij %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opslaan van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwijderen van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom bij FlevoDesk</source>
        <extracomment>The key of the record kind the first button opens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan nog geen initiatieven of vrijwilligers in uw database. Kies hoe u wilt beginnen; de andere twee kunnen later altijd nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste initiatief toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin met uw eigen initiatief; daarna voegt u er vrijwilligers, inzet en aanvragen aan toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw Excel-lijst importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staan uw vrijwilligers al in Excel of in een CSV-bestand? Haal ze in één keer binnen; u ziet eerst wat er gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probeer het met voorbeeldgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzonnen initiatieven, vrijwilligers en aanvragen om mee te oefenen. U haalt ze later weg met Gegevens → Voorbeeldgegevens verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handleiding opent met F1 of Help → Handleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeldgegevens laden…</source>
        <extracomment>The page came or went (True: it shows); for tests and the status bar. The user chose to start on the tabs; cleared once the database holds data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dorp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadsdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opstart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartrekker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto&apos;s en publicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen met partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fysiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In voorbereiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deels toegekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording ingediend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flevoland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welzijnsorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwonersperspectief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeentelijk perspectief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vr-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vr-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vr-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Za-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Za-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Za-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo-ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo-middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo-avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materiaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eten en drinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huur locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reiskosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadeaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligersvergoeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorschot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achteraf op bonnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteitenverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fotoverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financieel verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenrapportage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoudelijk eindverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past niet in de voorwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget is op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onvoldoende onderbouwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te laat ingediend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten niet subsidiabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbele financiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam (volledig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaardigheden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschikbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG-datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichting binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichting te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn: besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming verloopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdelijke locatie eindigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdelijke locatie voorbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemeen beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algemeen beeld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Netwerk partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financieringsplan en trackrecord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentielijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentielijst afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoonlijst vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefoonlijst afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urenverklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urenverklaring afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders alle initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders van alle initiatieven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders van alle initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageverzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerkingsregister</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRow</name>
    <message>
        <source>Initiatieven per gemeente en status</source>
        <extracomment>The drawings&apos; size in points on screen: smaller than on paper, so that scaled up to the tab&apos;s width their 8 pt labels read as the window&apos;s own text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligersuren per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvragen per fase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRowsView</name>
    <message>
        <source>Het programma wordt geladen…</source>
        <extracomment>The opening does not wait longer than this for the early rows (a slow disk).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingForm</name>
    <message>
        <source>de aanvraag</source>
        <extracomment>Besides its listing&apos;s tables: its budget, costs and obligations.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen regeling gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>als de regeling niet in de lijst staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevraagd (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingediend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begroting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit van de financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geld na het besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorschot ontvangen (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindbetaling (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugbetaald (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgaven en bonnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoorden vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoord op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De som van de uitgaven onder Uitgaven en bonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakte kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereikte mensen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld — controleer de actuele regels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: de regels van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt de aanvraag toch opslaan en indienen; de financier beslist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla de aanvraag eerst op; leg daarna het besluit vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besluit vastleggen over %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>het initiatief</source>
        <extracomment>Besides its listing&apos;s tables: its financing plan and volunteers, changed in the other tabs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kies een gemeente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk of kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdelijke locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilliger toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzet beëindigen (vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financieringsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begroting totaal (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen bijdrage (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteunende partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over FlevoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinden met &amp;teamserver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lokaal bestand gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FlevoDesk</source>
        <extracomment>The first table rows are on screen: early ones (``ui/first_rows.py``) or the tab&apos;s. The database menus&apos; builders, which own their actions&apos; slots.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen: deze database kan niet worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlevoDesk (alleen-lezen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — alleen-lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla eerst uw wijzigingen op (of maak ze ongedaan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Gemeente / wijk of kern</source>
        <extracomment>Areas where no initiative is known: set back, not marked. A spin box is stepped through several values in a row; store only where it stops.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actieve initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren dit jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemarkeerd, minder actief: wijken en kernen met initiatieven, waarvan hoogstens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een wijk of kern met initiatieven, waarvan hoogstens zoveel actief zijn, heet minder actief; ook op het afgedrukte algemeen beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minder actief bij hoogstens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grijs: nog geen initiatief bekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe ver vooruit verplichtingen en verantwoordingen getoond worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per gemeente en wijk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wat aandacht nodig heeft&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiering: vooruitkijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minder actieve wijk: initiatieven, maar weinig actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen initiatief bekend in deze wijk of kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets dat aandacht vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(de %1 meest dringende per soort getoond)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>de partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biedt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interessant voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteunt initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>de vrijwilliger</source>
        <extracomment>Besides its listing&apos;s tables: hours and consents recorded elsewhere (an import).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortejaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaardigheden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting beschikbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. om de week, niet in de schoolvakanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy (AVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzet toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzet beëindigen (vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren en minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren boeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal %1 uur, dit jaar %2 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een initiatief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Vrijwilliger toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op naam, e-mail of woonplaats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Velden met %1 zijn verplicht.</source>
        <extracomment>After the label of a field that may not be left empty. The kind of field :meth:`RecordForm.add` was given is the kind it hands back. The details the form&apos;s service hands back and the form shows. Tables the related panels show beyond the listing&apos;s (hours, consents): a change to one of them reads the record in the form again. The label in front of each field, by attribute name. Under each panel whose buttons store at once, naming the record they act on. What the fields showed right after loading: edits are measured against it. The pickers&apos; choices, read off the UI thread; refresh_lookups fills the pickers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst opslaan; daarna wordt wat u hier doet meteen vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt meteen vastgelegd bij %1, zonder Opslaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeForm</name>
    <message>
        <source>de regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld — controleer de actuele regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle gemeenten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorschot (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogstens % van begroting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvragen … dagen vooraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoorden binnen … maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vanaf (mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tot en met (mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet vergoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergoed tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen werkelijke kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorbeeld — controleer de actuele regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staat ook bij niet vergoed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Reservekopie %1 is teruggezet; het onbruikbare bestand staat bewaard in de map met reservekopieën.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
