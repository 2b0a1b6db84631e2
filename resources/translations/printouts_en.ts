<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>printouts</name>
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
            <source>mei</source>
            <translation>May</translation>
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
            <translation>Residents' initiative in {place}</translation>
        </message>
        <message>
            <source>Waar en wanneer</source>
            <translation>Where and when</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Gesteund door</source>
            <translation>Supported by</translation>
        </message>
        <message>
            <source>Thema's</source>
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
            <source>Waar:</source>
            <translation>Where:</translation>
        </message>
        <message>
            <source>Tijdelijke locatie</source>
            <translation>Temporary venue</translation>
        </message>
        <message>
            <source>Wanneer:</source>
            <translation>When:</translation>
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
            <source>Website:</source>
            <translation>Website:</translation>
        </message>
        <message>
            <source>Wie zoeken we?</source>
            <translation>Who are we looking for?</translation>
        </message>
        <message>
            <source>Initiatieven</source>
            <translation>Initiatives</translation>
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
            <translation>{name} is a residents' initiative in {municipality}.</translation>
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
            <source>Presentielijst</source>
            <translation>Sign-in sheet</translation>
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
            <source>Nr.</source>
            <translation>No.</translation>
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
    </context>
</TS>
