<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</TS>
