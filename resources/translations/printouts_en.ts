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
            <source>In</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Ini</source>
            <translation>I</translation>
        </message>
        <message>
            <source>G</source>
            <translation>M</translation>
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
            <source>Verder interessant</source>
            <translation>Further reading</translation>
        </message>
        <message>
            <source>Uitdagingen | vraagstukken | behoefte</source>
            <translation>Challenges | questions | needs</translation>
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
            <source>Legenda</source>
            <translation>Key</translation>
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
            <source>In {place}</source>
            <translation>In {place}</translation>
        </message>
        <message>
            <source>Nog geen partners vastgelegd.</source>
            <translation>No partners recorded yet.</translation>
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
            <source>Geen.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>Nog geen initiatieven vastgelegd, dus nog geen uren en aanvragen te tellen ({as_of}).</source>
            <translation>No initiatives recorded yet, so no hours or applications to count ({as_of}).</translation>
        </message>
        <message>
            <source>Nog geen initiatief bekend ({count}):</source>
            <translation>No initiative known yet ({count}):</translation>
        </message>
        <message>
            <source>Alle cijfers: {as_of}.</source>
            <translation>All figures: {as_of}.</translation>
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
