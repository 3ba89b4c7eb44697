<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>cc::ActivityLog</name>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Testverzending</translation>
    </message>
    <message>
        <source>Channel set-up</source>
        <translation>Kanaal instellen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API-inloggegevens</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Replace secret</source>
        <translation>Geheim vervangen</translation>
    </message>
</context>
<context>
    <name>cc::ActivityLogDialog</name>
    <message>
        <source>Export the activity log</source>
        <translation>Het activiteitenlogboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activiteitenlogboek</translation>
    </message>
    <message>
        <source>Filter by credentials or detail</source>
        <translation>Filteren op inloggegevens of details</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle resultaten</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the log file were skipped.</source>
        <translation>
            <numerusform>%n beschadigde regel van het logbestand is overgeslagen.</numerusform>
            <numerusform>%n beschadigde regels van het logbestand zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>cc::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API-inloggegevens</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>cc::ChannelSetupDialog</name>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Webhook target URL: %1</source>
        <translation>Doel-URL van de webhook: %1</translation>
    </message>
    <message>
        <source>Setting up the SMS channel…</source>
        <translation>Het sms-kanaal wordt ingesteld…</translation>
    </message>
    <message>
        <source>SMS channel state: %1</source>
        <translation>Status van het sms-kanaal: %1</translation>
    </message>
    <message>
        <source>Set up the SMS channel</source>
        <translation>Het sms-kanaal instellen</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Webhook target URL</source>
        <translation>Doel-URL van de webhook</translation>
    </message>
    <message>
        <source>Optional: where the Conversation API posts inbound messages (MESSAGE_INBOUND).</source>
        <translation>Optioneel: waar de Conversation API inkomende berichten naartoe stuurt (MESSAGE_INBOUND).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Set up the inbound webhook</source>
        <translation>De webhook voor inkomende berichten instellen</translation>
    </message>
    <message>
        <source>Connects the Sinch Conversation app %1 of &quot;%2&quot; to the SMS service plan %3: its SMS channel gets the service plan ID and SMS API token; the app&apos;s other channels are kept.</source>
        <translation>Koppelt de Sinch Conversation-app %1 van “%2” aan het sms-serviceplan %3: het sms-kanaal krijgt de serviceplan-ID en het sms-API-token; de andere kanalen van de app blijven behouden.</translation>
    </message>
    <message>
        <source>Sinch&apos;s documentation gives SMS callback addresses for its eu1 and us1 adapters only, none for region %1. Link service plan %2 to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address; the console does not guess one.</source>
        <translation>De documentatie van Sinch geeft alleen sms-callbackadressen voor de adapters eu1 en us1, geen voor regio %1. Koppel serviceplan %2 in het Sinch-dashboard aan de app, dat de callback zelf instelt, of vraag het adres aan de ondersteuning van Sinch; de console verzint er geen.</translation>
    </message>
    <message>
        <source>Set this as the callback URL of service plan %1 in the Sinch dashboard (SMS &gt; APIs). It is the address Sinch&apos;s current SMS channel documentation gives: host xms-adapter, region %2, not the API&apos;s region code %3. An older copy of that page showed whatsapp-adapter; the console follows Sinch&apos;s current documentation.</source>
        <translation>Stel dit in als callback-URL van serviceplan %1 in het Sinch-dashboard (SMS &gt; API’s). Dit is het adres dat de huidige documentatie van Sinch over het sms-kanaal geeft: host xms-adapter, regio %2, niet de regiocode %3 van de API. Een oudere versie van die pagina toonde whatsapp-adapter; de console volgt de huidige documentatie van Sinch.</translation>
    </message>
    <message>
        <source>Fetch the Conversation app&apos;s settings</source>
        <translation>Instellingen van de Conversation-app ophalen</translation>
    </message>
    <message>
        <source>Fetch the app&apos;s webhooks</source>
        <translation>Webhooks van de app ophalen</translation>
    </message>
    <message>
        <source>Add or update the app&apos;s SMS channel</source>
        <translation>Sms-kanaal van de app toevoegen of bijwerken</translation>
    </message>
    <message>
        <source>Check the SMS channel&apos;s state</source>
        <translation>Status van het sms-kanaal controleren</translation>
    </message>
    <message>
        <source>Steps of the set-up</source>
        <translation>Stappen van de configuratie</translation>
    </message>
</context>
<context>
    <name>cc::CheckAllDialog</name>
    <message>
        <source>Checked %1 of %2…</source>
        <translation>%1 van %2 gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n API credential(s)…</source>
        <translation>
            <numerusform>%n set API-inloggegevens wordt gecontroleerd…</numerusform>
            <numerusform>%n sets API-inloggegevens worden gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check API credentials</source>
        <translation>API-inloggegevens controleren</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API-inloggegevens</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Outcome of each check</source>
        <translation>Resultaat van elke controle</translation>
    </message>
</context>
<context>
    <name>cc::CheckAllRunner</name>
    <message numerus="yes">
        <source>%n checked: %1 OK, %2 failing; %3 not checked (cancelled).</source>
        <translation>
            <numerusform>%n gecontroleerd: %1 OK, %2 mislukt; %3 niet gecontroleerd (geannuleerd).</numerusform>
            <numerusform>%n gecontroleerd: %1 OK, %2 mislukt; %3 niet gecontroleerd (geannuleerd).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked: %1 OK, %2 failing.</source>
        <translation>
            <numerusform>%n gecontroleerd: %1 OK, %2 mislukt.</numerusform>
            <numerusform>%n gecontroleerd: %1 OK, %2 mislukt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::Cli</name>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Het resultaat als JSON weergeven.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>The recipient, in E.164 form (+ and country code).</source>
        <translation>De ontvanger, in E.164-notatie (+ en landcode).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>afzender</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Skip, rather than rename, credentials whose name is taken.</source>
        <translation>Inloggegevens waarvan de naam al bezet is overslaan in plaats van hernoemen.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>No API credentials named &quot;%1&quot;. See: channel-console list</source>
        <translation>Geen API-inloggegevens met de naam “%1”. Zie: channel-console list</translation>
    </message>
    <message>
        <source>Cannot read the secrets from standard input.</source>
        <translation>Kan de geheimen niet van standaardinvoer lezen.</translation>
    </message>
    <message>
        <source>No secrets on standard input: give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</source>
        <translation>Geen geheimen op standaardinvoer: geef een JSON-object zoals {&quot;apiToken&quot;: &quot;…&quot;} of regels zoals apiToken=…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>--secrets-stdin needs a file with exactly one credential to import; this one has %1.</source>
        <translation>--secrets-stdin vereist een bestand met precies één set inloggegevens om te importeren; dit bestand bevat er %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;?</source>
        <translation>Onbekende opdracht “%1”. Bedoelde u “%2”?</translation>
    </message>
    <message>
        <source>Nothing was imported: the errors above say why.</source>
        <translation>Er is niets geïmporteerd: de fouten hierboven vermelden waarom.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 API credentials to import were saved; the errors above say why.</source>
        <translation>Slechts %1 van de %2 te importeren API-inloggegevens zijn opgeslagen; de fouten hierboven vermelden waarom.</translation>
    </message>
    <message>
        <source>The message text; for an MMS, the text shown with the media (optional).</source>
        <translation>De tekst van het bericht; bij een mms de tekst die bij de media wordt getoond (optioneel).</translation>
    </message>
    <message>
        <source>The https address of the image or file to send as an MMS. Only with API credentials of %1.</source>
        <translation>Het https-adres van de afbeelding of het bestand om als mms te verzenden. Alleen met API-inloggegevens van %1.</translation>
    </message>
    <message>
        <source>The sender: a number or name the account may send from (the account&apos;s default without it). Only with API credentials of %1.</source>
        <translation>De afzender: een nummer of naam waarvan het account mag verzenden (zonder deze optie de standaardafzender van het account). Alleen met API-inloggegevens van %1.</translation>
    </message>
    <message>
        <source>Also create a webhook that sends inbound messages to &lt;url&gt; (https).</source>
        <translation>Ook een webhook maken die inkomende berichten naar &lt;url&gt; (https) stuurt.</translation>
    </message>
    <message>
        <source>Export every API credential (the default without names).</source>
        <translation>Alle API-inloggegevens exporteren (de standaard zonder namen).</translation>
    </message>
    <message>
        <source>Read the secrets from standard input, as a JSON object {&quot;apiToken&quot;: &quot;…&quot;} or key=value lines, instead of the keychain.</source>
        <translation>De geheimen van standaardinvoer lezen, als JSON-object {&quot;apiToken&quot;: &quot;…&quot;} of als regels sleutel=waarde, in plaats van uit de sleutelbos.</translation>
    </message>
    <message>
        <source>Use the database &lt;file&gt; instead of the default one.</source>
        <translation>De database &lt;bestand&gt; gebruiken in plaats van de standaarddatabase.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, fr or nl) for this run.</source>
        <translation>&lt;taal&gt; (en, fr of nl) gebruiken voor deze sessie.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>the name or id of the API credentials</source>
        <translation>de naam of id van de API-inloggegevens</translation>
    </message>
    <message>
        <source>List the API credentials.</source>
        <translation>De API-inloggegevens weergeven.</translation>
    </message>
    <message>
        <source>channel-console check &lt;name|id&gt; [--secrets-stdin] [--json]</source>
        <translation>channel-console check &lt;naam|id&gt; [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Check API credentials with their vendor; nothing is sent.</source>
        <translation>API-inloggegevens bij hun leverancier controleren; er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>Makes a read-only call to the vendor with the API credentials and says whether the vendor accepts them. Nothing is sent to anybody. The outcome is kept as the list&apos;s last check.</source>
        <translation>Doet met de API-inloggegevens een alleen-lezen-aanroep bij de leverancier en meldt of de leverancier ze accepteert. Er wordt niets naar iemand verzonden. De uitkomst wordt in de lijst bewaard als laatste controle.</translation>
    </message>
    <message>
        <source>channel-console setup-channel &lt;name|id&gt; [--webhook &lt;url&gt;] [--secrets-stdin] [--json]</source>
        <translation>channel-console setup-channel &lt;naam|id&gt; [--webhook &lt;url&gt;] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>channel-console import &lt;file&gt; [--skip-existing] [--secrets-stdin] [--json]</source>
        <translation>channel-console import &lt;bestand&gt; [--skip-existing] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Import API credentials from an export file.</source>
        <translation>API-inloggegevens importeren uit een exportbestand.</translation>
    </message>
    <message>
        <source>Imports the API credentials of a file written by export (or by the window&apos;s Export selected). The whole file is checked first: if any entry is refused, nothing is imported. A name already in use is renamed, or skipped with --skip-existing. Exports hold no secrets: with --secrets-stdin, a file of one credential gets its secrets from standard input.</source>
        <translation>Importeert de API-inloggegevens uit een bestand dat door export (of door “Selectie exporteren” in het venster) is geschreven. Eerst wordt het hele bestand gecontroleerd: als een item wordt geweigerd, wordt er niets geïmporteerd. Een naam die al in gebruik is, wordt hernoemd, of met --skip-existing overgeslagen. Exports bevatten geen geheimen: met --secrets-stdin krijgt een bestand met één set inloggegevens zijn geheimen van standaardinvoer.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>het te importeren bestand</translation>
    </message>
    <message>
        <source>channel-console export &lt;file&gt; [&lt;name|id&gt;...] [--all] [--json]</source>
        <translation>channel-console export &lt;bestand&gt; [&lt;naam|id&gt;...] [--all] [--json]</translation>
    </message>
    <message>
        <source>Export API credentials to a file, without their secrets.</source>
        <translation>API-inloggegevens naar een bestand exporteren, zonder hun geheimen.</translation>
    </message>
    <message>
        <source>Writes the non-secret settings of the named API credentials, or of all of them without names, to &lt;file&gt; (readable by you only), or to standard output for -. The file is what import and the window&apos;s Import read. Secrets are never exported.</source>
        <translation>Schrijft de niet-geheime instellingen van de genoemde API-inloggegevens, of zonder namen die van alle, naar &lt;bestand&gt; (alleen door u leesbaar), of naar standaarduitvoer bij -. Het bestand is wat import en “Importeren” in het venster lezen. Geheimen worden nooit geëxporteerd.</translation>
    </message>
    <message>
        <source>the file to write (- for standard output)</source>
        <translation>het te schrijven bestand (- voor standaarduitvoer)</translation>
    </message>
    <message>
        <source>channel-console help [&lt;command&gt;|exit-codes]</source>
        <translation>channel-console help [&lt;opdracht&gt;|exit-codes]</translation>
    </message>
    <message>
        <source>Show the help of a command, or the exit codes.</source>
        <translation>De hulp bij een opdracht tonen, of de afsluitcodes.</translation>
    </message>
    <message>
        <source>Shows the help of a command (the same as channel-console &lt;command&gt; --help), or with exit-codes what each exit code means.</source>
        <translation>Toont de hulp bij een opdracht (hetzelfde als channel-console &lt;opdracht&gt; --help), of met exit-codes wat elke afsluitcode betekent.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Algemene opties:</translation>
    </message>
    <message>
        <source>Exit codes: channel-console help exit-codes</source>
        <translation>Afsluitcodes: channel-console help exit-codes</translation>
    </message>
    <message>
        <source>success</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>another failure (a file that cannot be read or written, ...)</source>
        <translation>een andere fout (een bestand dat niet kan worden gelezen of geschreven, …)</translation>
    </message>
    <message>
        <source>usage: an unknown command or option, a missing argument, or an option the API credentials&apos; vendor cannot honour (nothing is sent)</source>
        <translation>gebruik: een onbekende opdracht of optie, een ontbrekend argument, of een optie die de leverancier van de API-inloggegevens niet kan honoreren (er wordt niets verzonden)</translation>
    </message>
    <message>
        <source>no API credentials with that name or id</source>
        <translation>geen API-inloggegevens met die naam of id</translation>
    </message>
    <message>
        <source>a secret is missing, or the keychain is unreachable or locked</source>
        <translation>er ontbreekt een geheim, of de sleutelbos is onbereikbaar of vergrendeld</translation>
    </message>
    <message>
        <source>the database: damaged, newer, not a regular file, or a change it could not save (a full disk, another process&apos;s lock)</source>
        <translation>de database: beschadigd, nieuwer, geen gewoon bestand, of een wijziging die niet kon worden opgeslagen (een volle schijf, de vergrendeling van een ander proces)</translation>
    </message>
    <message>
        <source>invalid input: a rule of the form, a phone number, an import file</source>
        <translation>ongeldige invoer: een regel van het formulier, een telefoonnummer, een importbestand</translation>
    </message>
    <message>
        <source>the vendor rejected the credentials (HTTP 401, 403)</source>
        <translation>de leverancier heeft de inloggegevens geweigerd (HTTP 401, 403)</translation>
    </message>
    <message>
        <source>unknown account, project, app or region (HTTP 404)</source>
        <translation>onbekend account, project, app of regio (HTTP 404)</translation>
    </message>
    <message>
        <source>the vendor&apos;s validation refused the request (HTTP 400)</source>
        <translation>de validatie van de leverancier heeft het verzoek geweigerd (HTTP 400)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429)</source>
        <translation>snelheidslimiet bereikt (HTTP 429)</translation>
    </message>
    <message>
        <source>the vendor is unavailable (HTTP 5xx)</source>
        <translation>de leverancier is niet beschikbaar (HTTP 5xx)</translation>
    </message>
    <message>
        <source>network: timeout, DNS, TLS, connection; also a test send whose connection dropped after it went out (&quot;maybe-sent&quot;), which is never sent again by itself</source>
        <translation>netwerk: time-out, DNS, TLS, verbinding; ook een testverzending waarvan de verbinding wegviel nadat ze was vertrokken (“maybe-sent”), die nooit vanzelf opnieuw wordt verzonden</translation>
    </message>
    <message>
        <source>a malformed, oversized or redirected answer</source>
        <translation>een onjuist opgebouwd, te groot of omgeleid antwoord</translation>
    </message>
    <message>
        <source>Exit codes of the commands:</source>
        <translation>Afsluitcodes van de opdrachten:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are %2; see channel-console --help.</source>
        <translation>Onbekende opdracht “%1”. De opdrachten zijn %2; zie channel-console --help.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Without a command: save a picture of the main window as &lt;png&gt;, then quit.</source>
        <translation>Zonder opdracht: een afbeelding van het hoofdvenster als &lt;png&gt; opslaan en dan afsluiten.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] &lt;command&gt; [&lt;arguments&gt;]</source>
        <translation>channel-console [--store &lt;bestand&gt;] [--language &lt;taal&gt;] &lt;opdracht&gt; [&lt;argumenten&gt;]</translation>
    </message>
    <message>
        <source>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] [--screenshot &lt;png&gt;]   (the window)</source>
        <translation>channel-console [--store &lt;bestand&gt;] [--language &lt;taal&gt;] [--screenshot &lt;png&gt;]   (het venster)</translation>
    </message>
    <message>
        <source>Without a command, it opens the window.</source>
        <translation>Zonder opdracht wordt het venster geopend.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>A command&apos;s arguments and options: channel-console help &lt;command&gt;, or channel-console &lt;command&gt; --help.</source>
        <translation>Argumenten en opties van een opdracht: channel-console help &lt;opdracht&gt;, of channel-console &lt;opdracht&gt; --help.</translation>
    </message>
    <message>
        <source>What each exit code means: channel-console help exit-codes.</source>
        <translation>Wat elke afsluitcode betekent: channel-console help exit-codes.</translation>
    </message>
    <message>
        <source>The command help takes one command at most. See: channel-console help help</source>
        <translation>De opdracht help neemt hoogstens één opdracht. Zie: channel-console help help</translation>
    </message>
    <message>
        <source>The command %1 has no option %2. See: channel-console help %1</source>
        <translation>De opdracht %1 heeft geen optie %2. Zie: channel-console help %1</translation>
    </message>
    <message>
        <source>The command %1 has no option %2. Did you mean %3?</source>
        <translation>De opdracht %1 heeft geen optie %2. Bedoelde u %3?</translation>
    </message>
    <message>
        <source>The option %1 takes no value; give it without &quot;=%2&quot;.</source>
        <translation>De optie %1 neemt geen waarde; geef de optie zonder “=%2”.</translation>
    </message>
    <message>
        <source>The option %1 needs a value: %1 &lt;%2&gt;.</source>
        <translation>De optie %1 heeft een waarde nodig: %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>The option %1 is given twice; give it once.</source>
        <translation>De optie %1 is twee keer opgegeven; geef de optie één keer op.</translation>
    </message>
    <message>
        <source>The command %1 needs %2. See: channel-console help %1</source>
        <translation>De opdracht %1 heeft %2 nodig. Zie: channel-console help %1</translation>
    </message>
    <message>
        <source>The command %1 takes no argument, but &quot;%2&quot; was given. See: channel-console help %1</source>
        <translation>De opdracht %1 neemt geen argument, maar “%2” is opgegeven. Zie: channel-console help %1</translation>
    </message>
    <message numerus="yes">
        <source>The command %1 takes only %n argument(s); &quot;%2&quot; is one too many (put a name with spaces in quotes). See: channel-console help %1</source>
        <translation>
            <numerusform>De opdracht %1 neemt maar %n argument; “%2” is er één te veel (zet een naam met spaties tussen aanhalingstekens). Zie: channel-console help %1</numerusform>
            <numerusform>De opdracht %1 neemt maar %n argumenten; “%2” is er één te veel (zet een naam met spaties tussen aanhalingstekens). Zie: channel-console help %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The command send needs --to &lt;number&gt;: the recipient, in E.164 form (+ and country code).</source>
        <translation>De opdracht send heeft --to &lt;nummer&gt; nodig: de ontvanger, in E.164-notatie (+ en landcode).</translation>
    </message>
    <message>
        <source>--all exports every API credential: give names or --all, not both.</source>
        <translation>--all exporteert alle API-inloggegevens: geef namen of --all, niet allebei.</translation>
    </message>
    <message>
        <source>--json cannot be used with -: the export itself goes to standard output.</source>
        <translation>--json kan niet samen met - worden gebruikt: de export zelf gaat naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>--media-url cannot be used with &quot;%1&quot;: %2 cannot send MMS with these API credentials. Nothing was sent. Send without --media-url, or with API credentials of %3.</source>
        <translation>--media-url kan niet worden gebruikt met “%1”: %2 kan met deze API-inloggegevens geen mms verzenden. Er is niets verzonden. Verzend zonder --media-url, of met API-inloggegevens van %3.</translation>
    </message>
    <message>
        <source>--from cannot be used with &quot;%1&quot;: %2 takes no sender with the message and sends from the number set up with the vendor. Nothing was sent. Send without --from.</source>
        <translation>--from kan niet worden gebruikt met “%1”: %2 accepteert geen afzender bij het bericht en verzendt vanaf het nummer dat bij de leverancier is ingesteld. Er is niets verzonden. Verzend zonder --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are %2 API credentials, which send MMS only: give the media&apos;s https address with --media-url (and a text with --text if you like).</source>
        <translation>“%1” zijn API-inloggegevens van %2, die alleen mms verzenden: geef het https-adres van de media met --media-url (en desgewenst een tekst met --text).</translation>
    </message>
    <message>
        <source>The command send needs --text &lt;text&gt;: the text of the message.</source>
        <translation>De opdracht send heeft --text &lt;tekst&gt; nodig: de tekst van het bericht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are %2 API credentials, which have no channel to set up: setup-channel works with API credentials of %3.</source>
        <translation>“%1” zijn API-inloggegevens van %2, die geen kanaal hebben om in te stellen: setup-channel werkt met API-inloggegevens van %3.</translation>
    </message>
    <message>
        <source>Standard input holds &quot;%1&quot;, which is no secret of %2 API credentials: give %3.</source>
        <translation>Standaardinvoer bevat “%1”, dat geen geheim is van API-inloggegevens van %2: geef %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of &quot;%2&quot; is not on standard input: give it as %3=… or in a JSON object.</source>
        <translation>Het veld “%1” van “%2” staat niet op standaardinvoer: geef het op als %3=… of in een JSON-object.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standaarduitvoer</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n API credential(s) without their secrets to %1.</source>
        <translation>
            <numerusform>%n set API-inloggegevens zonder geheimen geëxporteerd naar %1.</numerusform>
            <numerusform>%n sets API-inloggegevens zonder geheimen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the region that accepted the API credentials, when exactly one did.</source>
        <translation>De regio instellen die de API-inloggegevens heeft geaccepteerd, als precies één dat deed.</translation>
    </message>
    <message>
        <source>channel-console detect-region &lt;name|id&gt; [--apply] [--secrets-stdin] [--json]</source>
        <translation>channel-console detect-region &lt;naam|id&gt; [--apply] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Find the region the account of API credentials is in; nothing is sent.</source>
        <translation>De regio zoeken waarin het account van API-inloggegevens staat; er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>Makes the read-only check of the API credentials against every region of their vendor at once and prints, for each region, whether it accepted them, rejected them, did not know the account or could not be reached, and how long it took. Nothing is sent to anybody. With --apply, the region that accepted them is set (when exactly one did).</source>
        <translation>Doet de alleen-lezen-controle van de API-inloggegevens bij alle regio’s van hun leverancier tegelijk en meldt per regio of die ze accepteerde, weigerde, het account niet kende of niet bereikbaar was, en hoe lang dat duurde. Er wordt niets naar iemand verzonden. Met --apply wordt de regio ingesteld die ze accepteerde (als precies één dat deed).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>More than one region accepted the API credentials; the region was left as it is (%1).</source>
        <translation>Meer dan één regio heeft de API-inloggegevens geaccepteerd; de regio blijft zoals ze is (%1).</translation>
    </message>
    <message>
        <source>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</source>
        <translation>Geen enkele regio heeft de API-inloggegevens geaccepteerd: controleer de geheimen en de ID’s van project, app of serviceplan.</translation>
    </message>
    <message>
        <source>Region set to %1.</source>
        <translation>Regio ingesteld op %1.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, the region they have.</source>
        <translation>De API-inloggegevens werken in regio %1, de regio die ze hebben.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, not in %2. To set it: channel-console detect-region %3 --apply</source>
        <translation>De API-inloggegevens werken in regio %1, niet in %2. Om die in te stellen: channel-console detect-region %3 --apply</translation>
    </message>
    <message>
        <source>Print the request the message would make (method, address, headers and body, secrets masked) and send nothing.</source>
        <translation>Toont het verzoek dat het bericht zou doen (methode, adres, headers en body, geheimen gemaskeerd) en verzendt niets.</translation>
    </message>
    <message>
        <source>channel-console send &lt;name|id&gt; --to &lt;number&gt; [--text &lt;text&gt;] [--media-url &lt;url&gt;] [--from &lt;sender&gt;] [--dry-run] [--secrets-stdin] [--json]</source>
        <translation>channel-console send &lt;naam|id&gt; --to &lt;nummer&gt; [--text &lt;tekst&gt;] [--media-url &lt;url&gt;] [--from &lt;afzender&gt;] [--dry-run] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>The answer (secrets masked):</source>
        <translation>Het antwoord (geheimen gemaskeerd):</translation>
    </message>
    <message>
        <source>Nothing was sent. The request would be (secrets masked):</source>
        <translation>Er is niets verzonden. Het verzoek zou zijn (geheimen gemaskeerd):</translation>
    </message>
    <message>
        <source>The request (secrets masked):</source>
        <translation>Het verzoek (geheimen gemaskeerd):</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Flag the API credentials whose secrets were set more than &lt;days&gt; days ago.</source>
        <translation>De API-inloggegevens markeren waarvan de geheimen meer dan &lt;dagen&gt; dagen geleden zijn ingesteld.</translation>
    </message>
    <message>
        <source>channel-console list [--max-secret-age &lt;days&gt;] [--json]</source>
        <translation>channel-console list [--max-secret-age &lt;dagen&gt;] [--json]</translation>
    </message>
    <message>
        <source>Lists the API credentials, one a line: name, SMS vendor, identifier, region, the outcome of the last check and the age of the secrets (since they were last set), flagged when older than --max-secret-age days. Secrets are never printed.</source>
        <translation>Toont de API-inloggegevens, één per regel: naam, sms-leverancier, ID, regio, de uitkomst van de laatste controle en de leeftijd van de geheimen (sinds ze voor het laatst zijn ingesteld), gemarkeerd wanneer ouder dan --max-secret-age dagen. Geheimen worden nooit getoond.</translation>
    </message>
    <message>
        <source>channel-console rotate &lt;name|id&gt; &lt;field&gt; --secrets-stdin [--json]</source>
        <translation>channel-console rotate &lt;naam|id&gt; &lt;veld&gt; --secrets-stdin [--json]</translation>
    </message>
    <message>
        <source>Replace a secret, once the vendor accepts the new value.</source>
        <translation>Een geheim vervangen, zodra de leverancier de nieuwe waarde accepteert.</translation>
    </message>
    <message>
        <source>Reads the new value of the secret &lt;field&gt; (such as apiToken) from standard input, as {&quot;&lt;field&gt;&quot;: &quot;…&quot;} or &lt;field&gt;=…, and checks it with the vendor (a read-only call; nothing is sent to anybody) together with the other secrets from the keychain. Only when the vendor accepts it is it written to the keychain in place of the old one. If the check, the keychain or the database fails, the old value is kept and nothing changes. Every attempt is recorded in the activity log.</source>
        <translation>Leest de nieuwe waarde van het geheim &lt;veld&gt; (zoals apiToken) van standaardinvoer, als {&quot;&lt;veld&gt;&quot;: &quot;…&quot;} of &lt;veld&gt;=…, en controleert die bij de leverancier (een alleen-lezen aanroep; er wordt niets naar iemand verzonden) samen met de andere geheimen uit de sleutelbos. Pas wanneer de leverancier haar accepteert, wordt ze in de sleutelbos geschreven in plaats van de oude. Als de controle, de sleutelbos of de database faalt, blijft de oude waarde behouden en verandert er niets. Elke poging wordt in het activiteitenlogboek vastgelegd.</translation>
    </message>
    <message>
        <source>the name or id of the API credentials and the secret field to replace</source>
        <translation>de naam of id van de API-inloggegevens en het geheime veld dat u wilt vervangen</translation>
    </message>
    <message>
        <source>The command rotate needs --secrets-stdin: the new value is read from standard input, never from the command line.</source>
        <translation>De opdracht rotate heeft --secrets-stdin nodig: de nieuwe waarde wordt van standaardinvoer gelezen, nooit van de opdrachtregel.</translation>
    </message>
    <message>
        <source>--max-secret-age takes a number of days, 1 or more; &quot;%1&quot; is not one.</source>
        <translation>--max-secret-age verwacht een aantal dagen, 1 of meer; “%1” is dat niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;. Its secrets are %3.</source>
        <translation>“%1” heeft geen veld “%2”. De geheimen ervan zijn %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;. Did you mean %3?</source>
        <translation>“%1” heeft geen veld “%2”. Bedoelde u %3?</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) of &quot;%3&quot; is not a secret; change it in the window&apos;s form. Its secrets are %4.</source>
        <translation>Het veld “%1” (%2) van “%3” is geen geheim; wijzig het in het formulier van het venster. De geheimen ervan zijn %4.</translation>
    </message>
    <message>
        <source>Standard input holds &quot;%1&quot;, but rotate replaces only &quot;%2&quot;: give %2 alone.</source>
        <translation>Standaardinvoer bevat “%1”, maar rotate vervangt alleen “%2”: geef alleen %2.</translation>
    </message>
    <message>
        <source>The new value of &quot;%1&quot; is not on standard input: give it as %2=… or in a JSON object.</source>
        <translation>De nieuwe waarde van “%1” staat niet op standaardinvoer: geef die op als %2=… of in een JSON-object.</translation>
    </message>
    <message>
        <source>Send a real test message (SMS, MMS or RCS).</source>
        <translation>Een echt testbericht verzenden (sms, mms of RCS).</translation>
    </message>
    <message>
        <source>Sends a real test message with the API credentials: an SMS with --text, or an MMS with --media-url where the vendor sends MMS; where it sends RCS, an RCS text, or a rich card with --media-url, that goes as SMS to a phone without RCS. The recipient receives it and the account is charged. An option the vendor cannot honour is refused, and nothing is sent. A send whose connection dropped after it went out is never sent again by itself (exit code 15). With --dry-run it prints the request and sends nothing; for a vendor whose request you write (%1) the request is printed before it goes out, and the vendor&apos;s answer after.</source>
        <translation>Verzendt een echt testbericht met de API-inloggegevens: een sms met --text, of een mms met --media-url als de leverancier mms verzendt; als hij RCS verzendt, een RCS-tekst, of een rich card met --media-url, die als sms gaat naar een telefoon zonder RCS. De ontvanger krijgt het en het account wordt belast. Een optie die de leverancier niet kan honoreren, wordt geweigerd en er wordt niets verzonden. Een verzending waarvan de verbinding wegviel nadat ze vertrokken was, wordt nooit vanzelf opnieuw verzonden (afsluitcode 15). Met --dry-run toont het commando het verzoek en verzendt het niets; voor een leverancier van wie u het verzoek zelf schrijft (%1) wordt het verzoek getoond voordat het vertrekt, en het antwoord van de leverancier daarna.</translation>
    </message>
    <message>
        <source>Set up the SMS channel of a messaging app (%1).</source>
        <translation>Het sms-kanaal van een berichten-app instellen (%1).</translation>
    </message>
    <message>
        <source>Runs the vendor&apos;s channel set-up (%1): adds or replaces the SMS channel of the API credentials&apos; messaging app, keeping its other channels, creates an inbound-message webhook with --webhook, and says the callback URL to give the service plan.</source>
        <translation>Voert de kanaalinstelling van de leverancier uit (%1): voegt het sms-kanaal van de berichten-app van de API-inloggegevens toe of vervangt het, met behoud van de andere kanalen van de app, maakt met --webhook een webhook voor inkomende berichten en vermeldt de callback-URL die u voor het serviceplan instelt.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>hernoemd</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>the vendor answered with success but not with what was asked for (&quot;unexpected-result&quot;), so that nothing more was changed</source>
        <translation>de leverancier antwoordde met succes, maar niet met wat gevraagd was (“unexpected-result”), zodat verder niets is gewijzigd</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is no set of secrets. Nothing was read.</source>
        <translation>Standaardinvoer bevat meer dan %1 KiB: dat zijn geen geheimen. Er is niets gelezen.</translation>
    </message>
    <message>
        <source>Standard input is not valid JSON (%1 at byte %2): give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</source>
        <translation>Standaardinvoer is geen geldige JSON (%1 bij byte %2): geef een JSON-object zoals {&quot;apiToken&quot;: &quot;…&quot;} of regels zoals apiToken=…</translation>
    </message>
    <message>
        <source>The API credentials &quot;%1&quot; were skipped, as that name is taken (--skip-existing): the secrets on standard input were not saved, and the existing ones were left as they are.</source>
        <translation>De API-inloggegevens “%1” zijn overgeslagen, omdat die naam al in gebruik is (--skip-existing): de geheimen op standaardinvoer zijn niet opgeslagen, en de bestaande zijn gebleven zoals ze waren.</translation>
    </message>
    <message>
        <source>--media-url: %1 Nothing was sent.</source>
        <translation>--media-url: %1 Er is niets verzonden.</translation>
    </message>
    <message>
        <source>--text holds only spaces: give the text of the message. Nothing was sent.</source>
        <translation>--text bevat alleen spaties: geef de tekst van het bericht op. Er is niets verzonden.</translation>
    </message>
</context>
<context>
    <name>cc::CommandLine</name>
    <message>
        <source>Channel Console: manage the API credentials of SMS and MMS providers.</source>
        <translation>Channel Console: beheer de API-inloggegevens van uw sms- en mms-leveranciers.</translation>
    </message>
    <message>
        <source>Use the credentials file &lt;file&gt; instead of the default one.</source>
        <translation>Het bestand met inloggegevens &lt;bestand&gt; gebruiken in plaats van het standaardbestand.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Save a picture of the main window as &lt;png&gt;, then quit.</source>
        <translation>Een afbeelding van het hoofdvenster opslaan als &lt;png&gt; en daarna afsluiten.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, fr or nl) for this run.</source>
        <translation>&lt;taal&gt; (en, fr of nl) gebruiken voor deze sessie.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or nl.</source>
        <translation>Onbekende taal “%1”: gebruik en, fr of nl.</translation>
    </message>
    <message>
        <source>Unknown option %1. See: channel-console --help</source>
        <translation>Onbekende optie %1. Zie: channel-console --help</translation>
    </message>
    <message>
        <source>The option --store names no file: give the database to use, or leave --store out for the default one.</source>
        <translation>De optie --store noemt geen bestand: geef de database op die u wilt gebruiken, of laat --store weg voor de standaarddatabase.</translation>
    </message>
</context>
<context>
    <name>cc::Credential</name>
    <message>
        <source>an entry has no valid id</source>
        <translation>een item heeft geen geldige id</translation>
    </message>
    <message>
        <source>entry %1 names an unknown SMS vendor &quot;%2&quot;</source>
        <translation>item %1 noemt een onbekende sms-leverancier “%2”</translation>
    </message>
    <message>
        <source>entry %1 has no valid created or modified time</source>
        <translation>item %1 heeft geen geldig tijdstip van aanmaken of wijzigen</translation>
    </message>
    <message>
        <source>entry %1 has no fields</source>
        <translation>item %1 heeft geen velden</translation>
    </message>
    <message>
        <source>entry %1 holds the secret field &quot;%2&quot; in the file; secrets belong in the keychain</source>
        <translation>item %1 bevat het geheime veld “%2” in het bestand; geheimen horen in de sleutelbos</translation>
    </message>
    <message>
        <source>entry %1 has no name</source>
        <translation>item %1 heeft geen naam</translation>
    </message>
</context>
<context>
    <name>cc::CredentialActions</name>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>Deze API-inloggegevens bestaan niet meer.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>cc::CredentialDialog</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopie %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention before you can submit.</source>
        <translation>
            <numerusform>%n veld vraagt nog uw aandacht voordat u kunt opslaan.</numerusform>
            <numerusform>%n velden vragen nog uw aandacht voordat u kunt opslaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking with the vendor…</source>
        <translation>Controle bij de leverancier…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen negeren?</translation>
    </message>
    <message>
        <source>Create new API credentials</source>
        <translation>Nieuwe API-inloggegevens maken</translation>
    </message>
    <message>
        <source>Edit API credentials</source>
        <translation>API-inloggegevens bewerken</translation>
    </message>
    <message>
        <source>Duplicate API credentials</source>
        <translation>API-inloggegevens dupliceren</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>Sms-leverancier</translation>
    </message>
    <message>
        <source>Choose the SMS vendor…</source>
        <translation>Kies de sms-leverancier…</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>The platform&apos;s label for saving the form.</extracomment>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Try these values with the vendor, without saving and without sending a message</source>
        <translation>Deze waarden bij de leverancier proberen, zonder op te slaan en zonder een bericht te verzenden</translation>
    </message>
    <message>
        <source>These API credentials have unsaved changes. Discard the changes, or keep editing?</source>
        <translation>Deze API-inloggegevens hebben niet-opgeslagen wijzigingen. Wilt u de wijzigingen verwerpen of verder bewerken?</translation>
    </message>
    <message>
        <source>The API credentials &quot;%1&quot; have unsaved changes. Discard the changes, or keep editing?</source>
        <translation>De API-inloggegevens “%1” hebben niet-opgeslagen wijzigingen. Wilt u de wijzigingen verwerpen of verder bewerken?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Check tries these values with the vendor, without saving them and without sending a message.</source>
        <translation>“Controleren” probeert deze waarden bij de leverancier uit, zonder ze op te slaan en zonder een bericht te verzenden.</translation>
    </message>
    <message>
        <source>Find region…</source>
        <translation>Regio zoeken…</translation>
    </message>
    <message>
        <source>Try these values with every region of the vendor at once, without saving and without sending a message</source>
        <translation>Deze waarden bij alle regio’s van de leverancier tegelijk proberen, zonder op te slaan en zonder een bericht te verzenden</translation>
    </message>
    <message>
        <source>Choose the SMS vendor first (%1): each has a form of its own.</source>
        <translation>Kies eerst de sms-leverancier (%1): elke leverancier heeft een eigen formulier.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialForm</name>
    <message>
        <source>Advanced settings</source>
        <translation>Geavanceerde instellingen</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Said by screen readers of a field that must be filled in (shown as a red asterisk).</extracomment>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <comment>then the field&apos;s help text</comment>
        <translation>Verplicht. %1</translation>
    </message>
</context>
<context>
    <name>cc::CredentialListModel</name>
    <message>
        <source>OK (%1)</source>
        <translation>OK (%1)</translation>
    </message>
    <message>
        <source>Failing (%1)</source>
        <translation>Mislukt (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>Sms-leverancier</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Laatste controle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Secrets missing</source>
        <translation>Geheimen ontbreken</translation>
    </message>
    <message>
        <source>Secret age</source>
        <extracomment>The list&apos;s column: how long ago the secrets were last set.</extracomment>
        <translation>Ouderdom geheimen</translation>
    </message>
</context>
<context>
    <name>cc::CredentialRepository</name>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>Deze API-inloggegevens bestaan niet meer.</translation>
    </message>
    <message>
        <source>The changes were saved, but a cleared secret could not be removed from the keychain. %1</source>
        <translation>De wijzigingen zijn opgeslagen, maar een gewist geheim kon niet uit de sleutelbos worden verwijderd. %1</translation>
    </message>
    <message>
        <source>The API credentials were deleted, but their secrets could not be removed from the keychain. %1 Channel Console offers to remove them at its next start.</source>
        <translation>De API-inloggegevens zijn verwijderd, maar hun geheimen konden niet uit de sleutelbos worden verwijderd. %1 Channel Console biedt bij de volgende start aan ze te verwijderen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message numerus="yes">
        <source>The credentials file %1 is truncated: it ends after %n bytes, in the middle of its content.</source>
        <translation>
            <numerusform>Het bestand met inloggegevens %1 is afgekapt: het houdt na %n byte midden in de inhoud op.</numerusform>
            <numerusform>Het bestand met inloggegevens %1 is afgekapt: het houdt na %n bytes midden in de inhoud op.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: it is not valid JSON (%2 at byte %3).</source>
        <translation>Het bestand met inloggegevens %1 is beschadigd: het is geen geldige JSON (%2 bij byte %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a Channel Console credentials file.</source>
        <translation>Het bestand %1 is geen bestand met inloggegevens van Channel Console.</translation>
    </message>
    <message>
        <source>The credentials file %1 was written by a newer version of Channel Console (file format %2; this version reads up to %3). Update Channel Console to use it.</source>
        <translation>Het bestand met inloggegevens %1 is geschreven door een nieuwere versie van Channel Console (bestandsindeling %2; deze versie leest tot en met %3). Werk Channel Console bij om het te gebruiken.</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: its format version or its list of credentials is missing.</source>
        <translation>Het bestand met inloggegevens %1 is beschadigd: de versie van de indeling of de lijst met inloggegevens ontbreekt.</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: %2.</source>
        <translation>Het bestand met inloggegevens %1 is beschadigd: %2.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>een item is geen object</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read: %2. Check its permissions.</source>
        <translation>Het bestand met inloggegevens %1 kan niet worden gelezen: %2. Controleer de rechten ervan.</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>Er is een kopie bewaard als %1.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2.</source>
        <translation>De database met inloggegevens %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: %2. The API credentials read before the damage are shown; you can export them.</source>
        <translation>De database met inloggegevens %1 is beschadigd: %2. De API-inloggegevens die vóór de beschadiging zijn gelezen, worden getoond; u kunt ze exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored API credentials could not be read and are not shown (the first: %1). They are left in the database as they are.</source>
        <translation>
            <numerusform>%n opgeslagen set API-inloggegevens kon niet worden gelezen en wordt niet getoond (%1). Deze blijft ongewijzigd in de database staan.</numerusform>
            <numerusform>%n opgeslagen sets API-inloggegevens konden niet worden gelezen en worden niet getoond (de eerste: %1). Ze blijven ongewijzigd in de database staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy of %1 could be kept, so it is not replaced. Free some space, or copy it elsewhere yourself.</source>
        <translation>Er kon geen kopie van %1 worden bewaard, dus wordt het niet vervangen. Maak ruimte vrij, of kopieer het zelf naar een andere plek.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a credentials file of an earlier version; it is left as it is.</source>
        <translation>Het bestand %1 is te groot om een bestand met inloggegevens van een eerdere versie te zijn; het blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>It was written by an earlier version and is not moved into the database; it is left as it is.</source>
        <translation>Het is door een eerdere versie geschreven en wordt niet naar de database overgezet; het blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>The credentials file %1 of an earlier version could not be moved into the database %2: %3 It is left as it is; nothing is saved until this is solved.</source>
        <translation>Het bestand met inloggegevens %1 van een eerdere versie kon niet naar de database %2 worden overgezet: %3 Het blijft ongewijzigd; er wordt niets opgeslagen tot dit is opgelost.</translation>
    </message>
    <message numerus="yes">
        <source>The %n API credentials of %1 (written by an earlier version) were moved into the database %2. The old file is kept as it was; Channel Console no longer reads it.</source>
        <translation>
            <numerusform>De %n set API-inloggegevens uit %1 (geschreven door een eerdere versie) is naar de database %2 overgezet. Het oude bestand blijft bewaard zoals het was; Channel Console leest het niet meer.</numerusform>
            <numerusform>De %n sets API-inloggegevens uit %1 (geschreven door een eerdere versie) zijn naar de database %2 overgezet. Het oude bestand blijft bewaard zoals het was; Channel Console leest het niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials database %1 was not loaded, so nothing is saved over it. Choose to start afresh, or repair it and restart.</source>
        <translation>De database met inloggegevens %1 is niet geladen, dus wordt er niets overheen opgeslagen. Kies ervoor opnieuw te beginnen, of herstel hem en start opnieuw.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</source>
        <translation>De naam “%1” wordt al gebruikt door andere API-inloggegevens. Kies een andere naam.</translation>
    </message>
    <message>
        <source>These API credentials were deleted meanwhile (by another window or a command), so the changes were not saved.</source>
        <translation>Deze API-inloggegevens zijn intussen verwijderd (door een ander venster of een opdracht), dus de wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>entry %1 appears twice</source>
        <translation>item %1 komt twee keer voor</translation>
    </message>
</context>
<context>
    <name>cc::CredentialTransfer</name>
    <message>
        <source>Imported: %1, renamed: %2, skipped: %3, rejected: %4.</source>
        <translation>Geïmporteerd: %1, hernoemd: %2, overgeslagen: %3, geweigerd: %4.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Het bestand is geen geldige JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Channel Console (version %1). Update Channel Console to import it.</source>
        <translation>Het bestand is geëxporteerd door een nieuwere versie van Channel Console (versie %1). Werk Channel Console bij om het te importeren.</translation>
    </message>
    <message>
        <source>The file is not a Channel Console export: it has neither a &quot;format&quot; of %1 nor a &quot;vendor&quot;.</source>
        <translation>Het bestand is geen export van Channel Console: het heeft geen “format” met waarde %1 en geen “vendor”.</translation>
    </message>
    <message>
        <source>API credentials named &quot;%1&quot; already exist.</source>
        <translation>Er bestaan al API-inloggegevens met de naam “%1”.</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (import %2)</translation>
    </message>
    <message>
        <source>API credentials named &quot;%1&quot; already exist; imported as &quot;%2&quot;.</source>
        <translation>Er bestaan al API-inloggegevens met de naam “%1”; geïmporteerd als “%2”.</translation>
    </message>
    <message>
        <source>The file held secret values (%1); they were ignored. Enter them in the console, which keeps them in the system keychain.</source>
        <translation>Het bestand bevatte geheime waarden (%1); die zijn genegeerd. Voer ze in de console in; die bewaart ze in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>%1: the file holds the number %2 where text is expected; write it in quotes (&quot;%2&quot;) if that is the value you mean.</source>
        <translation>%1: het bestand bevat het getal %2 waar tekst wordt verwacht; zet het tussen aanhalingstekens (&quot;%2&quot;) als dat de bedoelde waarde is.</translation>
    </message>
    <message>
        <source>%1: the file holds %2, which is not a value for this field; give the value in quotes, or leave the field out.</source>
        <translation>%1: het bestand bevat %2, wat geen waarde voor dit veld is; geef de waarde tussen aanhalingstekens, of laat het veld weg.</translation>
    </message>
    <message>
        <source>%1: the file holds a list (a JSON array); give a single value, in quotes.</source>
        <translation>%1: het bestand bevat een lijst (een JSON-array); geef één waarde, tussen aanhalingstekens.</translation>
    </message>
    <message>
        <source>%1: the file holds an object (a JSON object); give a single value, in quotes.</source>
        <translation>%1: het bestand bevat een object (een JSON-object); geef één waarde, tussen aanhalingstekens.</translation>
    </message>
    <message>
        <source>The entry names no SMS vendor: add &quot;vendor&quot; with one of %1.</source>
        <translation>Het item noemt geen sms-leverancier: voeg “vendor” toe met een van %1.</translation>
    </message>
    <message>
        <source>Unknown SMS vendor &quot;%1&quot;: use %2.</source>
        <translation>Onbekende sms-leverancier “%1”: gebruik %2.</translation>
    </message>
    <message>
        <source>Entry %1 is refused: %2</source>
        <translation>Item %1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) is refused: %3</source>
        <translation>Item %1 (“%2”) is geweigerd: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the file are refused, so nothing is imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n item van het bestand is geweigerd, dus er wordt niets geïmporteerd. Corrigeer het en importeer het bestand opnieuw.</numerusform>
            <numerusform>%n items van het bestand zijn geweigerd, dus er wordt niets geïmporteerd. Corrigeer ze en importeer het bestand opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a Channel Console export: it holds a JSON array, not an object with &quot;format&quot; and &quot;credentials&quot;.</source>
        <translation>Het bestand is geen export van Channel Console: het bevat een JSON-array, geen object met “format” en “credentials”.</translation>
    </message>
    <message>
        <source>The file holds no list of credentials: its &quot;credentials&quot; is missing or not a JSON array.</source>
        <translation>Het bestand bevat geen lijst met inloggegevens: “credentials” ontbreekt of is geen JSON-array.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object with &quot;vendor&quot; and &quot;fields&quot;.</source>
        <translation>Het item is geen JSON-object met “vendor” en “fields”.</translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object with the credential&apos;s settings.</source>
        <translation>Het item heeft geen object “fields” met de instellingen van de inloggegevens.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by entry %2 of the file; give each entry its own name.</source>
        <translation>De naam “%1” wordt al gebruikt door item %2 van het bestand; geef elk item een eigen naam.</translation>
    </message>
    <message>
        <source>The file held fields that %1 credentials do not have (%2); they were left out.</source>
        <translation>Het bestand bevatte velden die inloggegevens van %1 niet hebben (%2); deze zijn weggelaten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>The file is too large: an import reads at most %1 MiB, and a Channel Console export is far smaller.</source>
        <translation>Het bestand is te groot: een import leest hoogstens %1 MiB, en een export van Channel Console is veel kleiner.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialValidator</name>
    <message>
        <source>%1: %2</source>
        <comment>field label, then what is wrong and what is expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1: kies een van %2.</translation>
    </message>
    <message>
        <source>%1: enter a value; this field is required.</source>
        <translation>%1: voer een waarde in; dit veld is verplicht.</translation>
    </message>
    <message>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1: voer een geheel getal van %2 tot en met %3 in.</translation>
    </message>
    <message>
        <source>%1: enter a whole number of %2 from %3 to %4.</source>
        <comment>label, unit (e.g. hours), range</comment>
        <translation>%1: voer een geheel aantal %2 van %3 tot en met %4 in.</translation>
    </message>
    <message>
        <source>%1: “%2” is also in %3; a keyword can belong to only one list.</source>
        <translation>%1: “%2” staat ook in %3; een trefwoord kan maar in één lijst staan.</translation>
    </message>
    <message>
        <source>%1: %2 is not in the list. A list of your own replaces the default keywords, so people who text %2 would no longer be opted out; add %2 unless that is what you want.</source>
        <translation>%1: %2 staat niet in de lijst. Een eigen lijst vervangt de standaardtrefwoorden, dus wie %2 stuurt, wordt dan niet meer afgemeld; voeg %2 toe, tenzij u dat juist wilt.</translation>
    </message>
    <message>
        <source>%1: remove the character %2 (at position %3). Control characters and text-direction marks are not allowed here: they are invisible and can make the value look different from what is saved.</source>
        <translation>%1: verwijder het teken %2 (op positie %3). Stuurtekens en tekens voor de schrijfrichting zijn hier niet toegestaan: ze zijn onzichtbaar en kunnen de waarde anders laten lijken dan wat wordt opgeslagen.</translation>
    </message>
    <message>
        <source>%1: the value is %2 characters long; shorten it to at most %3 characters.</source>
        <translation>%1: de waarde is %2 tekens lang; kort deze in tot hoogstens %3 tekens.</translation>
    </message>
    <message>
        <source>%1: “%2” is also a default keyword of %3, in force while %3 is empty. This list is matched first, so people who text “%2” get this list&apos;s reply instead.</source>
        <translation>%1: “%2” is ook een standaardtrefwoord van “%3”, dat geldt zolang “%3” leeg is. Deze lijst wordt eerst vergeleken, dus wie “%2” stuurt, krijgt in plaats daarvan het antwoord van deze lijst.</translation>
    </message>
    <message>
        <source>%1: “%2” is also a default keyword of %3, in force while %3 is empty, and %3 is matched first: “%2” never reaches this list. Remove it here, or type keywords of your own in %3.</source>
        <translation>%1: “%2” is ook een standaardtrefwoord van “%3”, dat geldt zolang “%3” leeg is, en “%3” wordt eerst vergeleken: “%2” bereikt deze lijst nooit. Verwijder het hier, of vul eigen trefwoorden in bij “%3”.</translation>
    </message>
    <message>
        <source>%1: this looks like the key ID and key secret themselves. The token is their Base64 encoding: the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1: dit lijkt op de sleutel-ID en het sleutelgeheim zelf. Het token is de Base64-codering daarvan: de Base64 van “sleutel-ID:sleutelgeheim”, gemaakt van een toegangssleutel van uw Sinch-project (bijvoorbeeld met: %2).</translation>
    </message>
    <message>
        <source>%1: this is not Base64. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1: dit is geen Base64. Het token is de Base64 van “sleutel-ID:sleutelgeheim”, gemaakt van een toegangssleutel van uw Sinch-project (bijvoorbeeld met: %2).</translation>
    </message>
    <message>
        <source>%1: this is Base64, but it does not decode to two non-empty parts joined by exactly one colon. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1: dit is Base64, maar het decodeert niet tot twee niet-lege delen, gescheiden door precies één dubbele punt. Het token is de Base64 van “sleutel-ID:sleutelgeheim”, gemaakt van een toegangssleutel van uw Sinch-project (bijvoorbeeld met: %2).</translation>
    </message>
    <message>
        <source>%1: this does not start with %2. It is %2 followed by %3 hexadecimal characters (0–9, a–f), for example %4.</source>
        <translation>%1: dit begint niet met %2. Het is %2 gevolgd door %3 hexadecimale tekens (0–9, a–f), bijvoorbeeld %4.</translation>
    </message>
    <message>
        <source>%1: only hexadecimal characters (0–9, a–f) may follow %2, and this value has others (a space, a letter o for a zero?). For example: %3.</source>
        <translation>%1: na %2 mogen alleen hexadecimale tekens (0–9, a–f) staan, en deze waarde bevat andere (een spatie, de letter o in plaats van een nul?). Bijvoorbeeld: %3.</translation>
    </message>
    <message>
        <source>%1: %2 must be followed by exactly %3 hexadecimal characters, and this value has more or fewer (cut short or pasted twice?). For example: %4.</source>
        <translation>%1: na %2 moeten precies %3 hexadecimale tekens staan, en deze waarde heeft er meer of minder (afgekapt of twee keer geplakt?). Bijvoorbeeld: %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid name: use letters, digits and - _ . only (no spaces or colons).</source>
        <translation>%1: “%2” is geen geldige naam: gebruik alleen letters, cijfers en - _ . (geen spaties of dubbele punten).</translation>
    </message>
    <message>
        <source>%1: “%2” is set by the console and cannot be changed here (%3 are fixed).</source>
        <translation>%1: “%2” wordt door de console ingesteld en kan hier niet worden gewijzigd (%3 liggen vast).</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; give each name once.</source>
        <translation>%1: “%2” is twee keer opgegeven; geef elke naam één keer op.</translation>
    </message>
    <message>
        <source>%1: the value of “%2” holds the character %3, which is not allowed.</source>
        <translation>%1: de waarde van “%2” bevat het teken %3, dat niet is toegestaan.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialsPage</name>
    <message>
        <source>Administration › Channels › API Credentials</source>
        <extracomment>The place of this page in the platform&apos;s navigation.</extracomment>
        <translation>Beheer › Kanalen › API-inloggegevens</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>API-inloggegevens</translation>
    </message>
    <message>
        <source>Start with an empty list</source>
        <translation>Beginnen met een lege lijst</translation>
    </message>
    <message>
        <source>Search by name or identifier</source>
        <translation>Zoeken op naam of ID</translation>
    </message>
    <message>
        <source>All SMS vendors</source>
        <translation>Alle sms-leveranciers</translation>
    </message>
    <message>
        <source>Show only the API credentials of one SMS vendor</source>
        <translation>Alleen de API-inloggegevens van één sms-leverancier tonen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected API credentials and their secrets</source>
        <translation>De geselecteerde API-inloggegevens en hun geheimen verwijderen</translation>
    </message>
    <message>
        <source>Create new API credentials</source>
        <translation>Nieuwe API-inloggegevens maken</translation>
    </message>
    <message>
        <source>No API credentials yet</source>
        <translation>Nog geen API-inloggegevens</translation>
    </message>
    <message>
        <source>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</source>
        <translation>Er zijn geen API-inloggegevens die overeenkomen met de zoekopdracht en het filter. Wis de zoekopdracht of kies “Alle sms-leveranciers”.</translation>
    </message>
    <message>
        <source>Failing (%1)</source>
        <translation>Mislukt (%1)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Check the selected API credentials with their vendor, without sending anything</source>
        <translation>De geselecteerde API-inloggegevens bij hun leverancier controleren, zonder iets te verzenden</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Test verzenden…</translation>
    </message>
    <message>
        <source>Send a real test message with the selected API credentials</source>
        <translation>Een echt testbericht verzenden met de geselecteerde API-inloggegevens</translation>
    </message>
    <message>
        <source>Set up channel…</source>
        <translation>Kanaal instellen…</translation>
    </message>
    <message>
        <source>Set up the SMS channel and webhook of the Sinch Conversation app</source>
        <translation>Het sms-kanaal en de webhook van de Sinch Conversation-app instellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>Sms-leverancier</translation>
    </message>
    <message>
        <source>Edit the selected API credentials</source>
        <translation>De geselecteerde API-inloggegevens bewerken</translation>
    </message>
    <message>
        <source>Duplicate the selected API credentials; their secrets are asked for again</source>
        <translation>De geselecteerde API-inloggegevens dupliceren; hun geheimen worden opnieuw gevraagd</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The menu item that puts the cursor in the search box.</extracomment>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Replace secret…</source>
        <translation>Geheim vervangen…</translation>
    </message>
    <message>
        <source>Replace a secret of the selected API credentials, once the vendor accepts the new value</source>
        <translation>Een geheim van de geselecteerde API-inloggegevens vervangen, zodra de leverancier de nieuwe waarde accepteert</translation>
    </message>
    <message>
        <source>API credentials connect the platform to your SMS vendor&apos;s account (%1). Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</source>
        <translation>API-inloggegevens verbinden het platform met het account bij uw sms-leverancier (%1). Maak ze aan met de ID’s en tokens uit het dashboard van uw leverancier. Tokens en sleutels worden bewaard in de sleutelbos van uw systeem, nooit in een bestand.</translation>
    </message>
</context>
<context>
    <name>cc::Database</name>
    <message>
        <source>%1 is not a regular file, so it cannot hold the credentials. Name a file, or a path where one can be created.</source>
        <translation>%1 is geen gewoon bestand en kan dus geen inloggegevens bevatten. Geef een bestand op, of een pad waar er een kan worden gemaakt.</translation>
    </message>
    <message>
        <source>There is no credentials database %1.</source>
        <translation>Er is geen database met inloggegevens %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the credentials database. Check its permissions.</source>
        <translation>De map %1 voor de database met inloggegevens kan niet worden gemaakt. Controleer de rechten ervan.</translation>
    </message>
    <message>
        <source>Cannot create the credentials database %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>De database met inloggegevens %1 kan niet worden gemaakt: %2. Controleer de rechten van de map en de vrije ruimte.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2. Check its permissions.</source>
        <translation>De database met inloggegevens %1 kan niet worden gelezen: %2. Controleer de rechten ervan.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: it is not a SQLite database.</source>
        <translation>De database met inloggegevens %1 is beschadigd: het is geen SQLite-database.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be opened: %2.</source>
        <translation>De database met inloggegevens %1 kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: %2.</source>
        <translation>De database met inloggegevens %1 is beschadigd: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2.</source>
        <translation>De database met inloggegevens %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Channel Console credentials database.</source>
        <translation>Het bestand %1 is een database, maar geen database met inloggegevens van Channel Console.</translation>
    </message>
    <message>
        <source>The credentials database %1 was written by a newer version of Channel Console (schema %2; this version knows up to %3). It is opened read-only: update Channel Console to change it.</source>
        <translation>De database met inloggegevens %1 is geschreven door een nieuwere versie van Channel Console (schema %2; deze versie kent tot en met %3). Hij wordt alleen-lezen geopend: werk Channel Console bij om hem te wijzigen.</translation>
    </message>
    <message>
        <source>Cannot create the credentials database %1: %2</source>
        <translation>De database met inloggegevens %1 kan niet worden gemaakt: %2</translation>
    </message>
    <message>
        <source>Cannot bring the credentials database %1 up to date: %2</source>
        <translation>De database met inloggegevens %1 kan niet worden bijgewerkt: %2</translation>
    </message>
    <message>
        <source>its schema version %1 is unknown.</source>
        <translation>de schemaversie %1 is onbekend.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>de schijf is vol.</translation>
    </message>
    <message>
        <source>the database refused a change (%1).</source>
        <translation>de database heeft een wijziging geweigerd (%1).</translation>
    </message>
    <message>
        <source>The credentials database %1 is open read-only.</source>
        <translation>De database met inloggegevens %1 is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The credentials database %1 is not open.</source>
        <translation>De database met inloggegevens %1 is niet geopend.</translation>
    </message>
    <message>
        <source>The change was not saved to %1: %2</source>
        <translation>De wijziging is niet opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>The change was not saved: the disk that holds %1 is full. Free some space and try again; everything saved before is unchanged.</source>
        <translation>De wijziging is niet opgeslagen: de schijf met %1 is vol. Maak ruimte vrij en probeer het opnieuw; alles wat eerder is opgeslagen, is ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>The change was not saved: another Channel Console kept %1 busy for more than %n seconds. Try again.</source>
        <translation>
            <numerusform>De wijziging is niet opgeslagen: een andere Channel Console hield %1 langer dan %n seconde bezet. Probeer het opnieuw.</numerusform>
            <numerusform>De wijziging is niet opgeslagen: een andere Channel Console hield %1 langer dan %n seconden bezet. Probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved: %1 cannot be written. Check its permissions.</source>
        <translation>De wijziging is niet opgeslagen: %1 kan niet worden beschreven. Controleer de rechten ervan.</translation>
    </message>
    <message>
        <source>The change was not saved to %1: %2. Everything saved before is unchanged.</source>
        <translation>De wijziging is niet opgeslagen in %1: %2. Alles wat eerder is opgeslagen, is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>cc::FieldEditor</name>
    <message>
        <source>Default: the vendor&apos;s own host</source>
        <translation>Standaard: de eigen host van de leverancier</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Van kracht: %1</translation>
    </message>
    <message>
        <source>Empty: the defaults are in force (%1).</source>
        <translation>Leeg: de standaardwaarden zijn van kracht (%1).</translation>
    </message>
    <message>
        <source>Build it from an access key…</source>
        <translation>Samenstellen uit een toegangssleutel…</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Sleutel-ID</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Sleutelgeheim</translation>
    </message>
    <message>
        <source>+ country code and number (for example %1), or a short code</source>
        <translation>+ landcode en nummer (bijvoorbeeld %1), of een shortcode</translation>
    </message>
    <message>
        <source>Comma-separated, for example %1</source>
        <translation>Gescheiden door komma’s, bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Add new parameter</source>
        <translation>Nieuwe parameter toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: naam</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: waarde</translation>
    </message>
    <message>
        <source>Remove this parameter</source>
        <translation>Deze parameter verwijderen</translation>
    </message>
</context>
<context>
    <name>cc::Fields</name>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL van de API</translation>
    </message>
    <message>
        <source>On the homepage of your Infobip web interface or on the API key management page, for example https://xxxxx.api.infobip.com.</source>
        <translation>Op de startpagina van uw Infobip-webinterface of op de pagina voor het beheer van API-sleutels, bijvoorbeeld https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>On the API key management page of your Infobip web interface. Kept in the system keychain.</source>
        <translation>Op de pagina voor het beheer van API-sleutels in uw Infobip-webinterface. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Principal Entity ID</source>
        <translation>ID van hoofdentiteit</translation>
    </message>
    <message>
        <source>Enter your assigned DLT principal entity ID.</source>
        <translation>Voer het DLT-ID van de hoofdentiteit in dat aan u is toegewezen.</translation>
    </message>
    <message>
        <source>Content Template ID</source>
        <translation>ID van inhoudssjabloon</translation>
    </message>
    <message>
        <source>Enter your registered DLT content template ID.</source>
        <translation>Voer het geregistreerde DLT-ID van de inhoudssjabloon in.</translation>
    </message>
    <message>
        <source>Validity Period</source>
        <translation>Geldigheidsduur</translation>
    </message>
    <message>
        <source>Enter the message validity period in hours. If messages cannot be delivered within this time frame, the system makes further attempts to resend them. The default validity period is 48 hours.</source>
        <translation>Voer de geldigheidsduur van het bericht in uren in. Als berichten niet binnen deze tijd kunnen worden afgeleverd, probeert het systeem ze opnieuw te verzenden. De standaardgeldigheidsduur is 48 uur.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>Callback Data</source>
        <translation>Callbackgegevens</translation>
    </message>
    <message>
        <source>Enter the additional client data that will be sent on the notify URL.</source>
        <translation>Voer de extra klantgegevens in die naar de notificatie-URL worden verzonden.</translation>
    </message>
    <message>
        <source>Inbound Number</source>
        <translation>Inkomend nummer</translation>
    </message>
    <message>
        <source>Add your unique inbound number, in international form (+ and country code) or as a short code. It lets you use the same API credentials in different sandboxes, each with its own inbound number.</source>
        <translation>Voeg uw unieke inkomende nummer toe, in internationale notatie (+ en landcode) of als verkort nummer. Zo kunt u dezelfde API-inloggegevens in verschillende sandboxen gebruiken, elk met een eigen inkomend nummer.</translation>
    </message>
    <message>
        <source>Custom Inbound Keywords</source>
        <translation>Aangepaste inkomende trefwoorden</translation>
    </message>
    <message>
        <source>Define unique keywords for specific actions, for example DISCOUNT, OFFERS, ENROLL. They are captured and stored as profile attributes, so that a journey can react to them.</source>
        <translation>Definieer unieke trefwoorden voor specifieke acties, bijvoorbeeld KORTING, AANBIEDINGEN, AANMELDEN. Ze worden vastgelegd en als profielkenmerken opgeslagen, zodat een klantreis erop kan reageren.</translation>
    </message>
    <message>
        <source>Default Inbound Reply Message</source>
        <translation>Standaardantwoord op inkomende berichten</translation>
    </message>
    <message>
        <source>Enter the default reply sent when an end user sends an inbound SMS that matches none of the defined keywords.</source>
        <translation>Voer het standaardantwoord in dat wordt verzonden wanneer een eindgebruiker een inkomende sms stuurt die met geen van de gedefinieerde trefwoorden overeenkomt.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Project-ID</translation>
    </message>
    <message>
        <source>On the Conversation API Overview page of your Sinch project, in your Sinch dashboard.</source>
        <translation>Op de overzichtspagina van de Conversation API van uw Sinch-project, in uw Sinch-dashboard.</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>API Token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>The Base64 API token generated from your Sinch project&apos;s access keys (key ID and key secret). Kept in the system keychain.</source>
        <translation>Het Base64-API-token dat is gegenereerd uit de toegangssleutels van uw Sinch-project (sleutel-ID en sleutelgeheim). Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Service Plan ID</source>
        <translation>Serviceplan-ID</translation>
    </message>
    <message>
        <source>On the SMS tab of the APIs page in your Sinch dashboard.</source>
        <translation>Op het tabblad SMS van de API-pagina in uw Sinch-dashboard.</translation>
    </message>
    <message>
        <source>SMS API Token</source>
        <translation>Sms-API-token</translation>
    </message>
    <message>
        <source>On the SMS tab of the APIs page, next to the Service Plan ID. Kept in the system keychain.</source>
        <translation>Op het tabblad SMS van de API-pagina, naast de serviceplan-ID. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>United States (us)</source>
        <translation>Verenigde Staten (us)</translation>
    </message>
    <message>
        <source>Europe (eu)</source>
        <translation>Europa (eu)</translation>
    </message>
    <message>
        <source>Brazil (br)</source>
        <translation>Brazilië (br)</translation>
    </message>
    <message>
        <source>Leave empty to use the Conversation API host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laat leeg om de host van de Conversation API van de regio te gebruiken. Vul dit alleen in om de console naar een testserver te laten wijzen; gewoon http wordt alleen voor loopback-adressen geaccepteerd.</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Service-ID</translation>
    </message>
    <message>
        <source>On the APIs page of your Sinch dashboard, under the SMS tab (the service plan ID).</source>
        <translation>Op de API-pagina van uw Sinch-dashboard, onder het tabblad SMS (de serviceplan-ID).</translation>
    </message>
    <message>
        <source>On the APIs page of your Sinch dashboard, under the SMS tab, next to the Service ID. Kept in the system keychain.</source>
        <translation>Op de API-pagina van uw Sinch-dashboard, onder het tabblad SMS, naast de service-ID. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Australia (au)</source>
        <translation>Australië (au)</translation>
    </message>
    <message>
        <source>Canada (ca)</source>
        <translation>Canada (ca)</translation>
    </message>
    <message>
        <source>Leave empty to use Sinch&apos;s SMS host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laat leeg om de sms-host van Sinch voor de regio te gebruiken. Vul dit alleen in om de console naar een testserver te laten wijzen; gewoon http wordt alleen voor loopback-adressen geaccepteerd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Choose a name for your API credential.</source>
        <translation>Kies een naam voor uw API-inloggegevens.</translation>
    </message>
    <message>
        <source>Opt-In Keywords</source>
        <translation>Opt-in-trefwoorden</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-In Message. For multiple keywords, use comma-separated values.</source>
        <translation>Voer de standaard- of aangepaste trefwoorden in die automatisch uw opt-in-bericht versturen. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Opt-In Message</source>
        <translation>Opt-in-bericht</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-In Message.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch als uw opt-in-bericht wordt verzonden.</translation>
    </message>
    <message>
        <source>Opt-Out Keywords</source>
        <translation>Opt-out-trefwoorden</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-Out Message. For multiple keywords, use comma-separated values.</source>
        <translation>Voer de standaard- of aangepaste trefwoorden in die automatisch uw opt-out-bericht versturen. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Opt-Out Message</source>
        <translation>Opt-out-bericht</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-Out Message.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch als uw opt-out-bericht wordt verzonden.</translation>
    </message>
    <message>
        <source>Help Keywords</source>
        <translation>Help-trefwoorden</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Help Message. For multiple keywords, use comma-separated values.</source>
        <translation>Voer de standaard- of aangepaste trefwoorden in die automatisch uw help-bericht versturen. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Help Message</source>
        <translation>Help-bericht</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Help Message.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch als uw help-bericht wordt verzonden.</translation>
    </message>
    <message>
        <source>Double Opt-In Keywords</source>
        <translation>Trefwoorden voor dubbele opt-in</translation>
    </message>
    <message>
        <source>Enter the keywords which trigger the double opt-in process. If a user profile does not exist, it is created upon successful confirmation. For multiple keywords, use comma-separated values.</source>
        <translation>Voer de trefwoorden in die het proces voor dubbele opt-in starten. Als er nog geen gebruikersprofiel bestaat, wordt het na een geslaagde bevestiging aangemaakt. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Double Opt-In Message</source>
        <translation>Bericht voor dubbele opt-in</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent in response to the double opt-in confirmation.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch wordt verzonden als reactie op de bevestiging van de dubbele opt-in.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>The region your account was created in. The APIs are regional: a wrong region fails with an authentication or not-found error.</source>
        <translation>De regio waarin uw account is aangemaakt. De API’s zijn regionaal: met een verkeerde regio mislukken aanroepen met een authenticatiefout of een fout “niet gevonden”.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-eindpunt</translation>
    </message>
    <message>
        <source>Sinch MMS credentials only send MMS. Tracking inbound messages and handling consent (opt-in and opt-out keywords) need a separate Sinch (SMS) API credential: create one as well.</source>
        <translation>Sinch MMS-inloggegevens verzenden alleen mms. Voor het volgen van inkomende berichten en het beheren van toestemming (opt-in- en opt-out-trefwoorden) zijn aparte Sinch (SMS)-API-inloggegevens nodig: maak die ook aan.</translation>
    </message>
    <message>
        <source>Use custom dataset for inbound</source>
        <translation>Eigen dataset voor inkomende berichten gebruiken</translation>
    </message>
    <message>
        <source>Whether the platform writes inbound messages to a dataset of your own instead of its system dataset. The console only keeps this setting: the dataset itself is chosen on the platform, not here.</source>
        <translation>Of het platform inkomende berichten naar een eigen dataset schrijft in plaats van naar zijn systeemdataset. De console bewaart alleen deze instelling: de dataset zelf kiest u op het platform, niet hier.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>API rate limit</source>
        <translation>Limiet voor API-verzoeken</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>verzoeken/s</translation>
    </message>
    <message>
        <source>Sinch RCS credentials send RCS messages through a Conversation API app, with SMS (the service plan) when a phone cannot receive RCS.</source>
        <translation>Sinch RCS-inloggegevens verzenden RCS-berichten via een Conversation API-app, en sms (via het serviceplan) als een telefoon geen RCS kan ontvangen.</translation>
    </message>
    <message>
        <source>The most requests per second made with these credentials, 0 for no limit. The console keeps to it too: its checks (Check all API credentials included), test sends and set-up steps wait for their turn.</source>
        <translation>Het maximale aantal verzoeken per seconde met deze inloggegevens, 0 voor geen limiet. Ook de console houdt zich eraan: controles (ook Alle API-inloggegevens controleren), testberichten en de stappen van Kanaal instellen wachten op hun beurt.</translation>
    </message>
    <message>
        <source>The platform has no webhooks for Twilio, so Twilio credentials have no inbound messages and no delivery feedback: there are no inbound keywords or replies to set here. Test sends still show Twilio&apos;s status for the message.</source>
        <translation>Het platform heeft geen webhooks voor Twilio. API-inloggegevens van Twilio ontvangen dus geen inkomende berichten en geen afleverfeedback, en hier zijn geen inkomende trefwoorden of antwoorden in te stellen. Testberichten tonen wel de status van het bericht bij Twilio.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account-SID</translation>
    </message>
    <message>
        <source>On the dashboard of your Twilio Console, under Account Info: AC followed by 32 hexadecimal characters.</source>
        <translation>Op het dashboard van uw Twilio Console, onder Account Info: AC gevolgd door 32 hexadecimale tekens.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Verificatietoken</translation>
    </message>
    <message>
        <source>On the dashboard of your Twilio Console, under Account Info, next to the Account SID. Kept in the system keychain.</source>
        <translation>Op het dashboard van uw Twilio Console, onder Account Info, naast de Account-SID. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Message SID</source>
        <translation>Bericht-SID</translation>
    </message>
    <message>
        <source>The SID of the Messaging Service that sends the messages (Messaging › Services in your Twilio Console): MG followed by 32 hexadecimal characters. A test message goes from its sender pool unless you type a sender.</source>
        <translation>De SID van de Messaging Service die de berichten verstuurt (Messaging › Services in uw Twilio Console): MG gevolgd door 32 hexadecimale tekens. Een testbericht gaat uit van de afzenderpool daarvan, tenzij u een afzender invult.</translation>
    </message>
    <message>
        <source>Your Twilio number, in international form (+ and country code) or as a short code, kept with the credentials for reference. The platform receives no messages from Twilio, so nothing arrives on it here.</source>
        <translation>Uw Twilio-nummer, in internationale notatie (+ en landcode) of als verkort nummer, ter referentie bewaard bij de API-inloggegevens. Het platform ontvangt geen berichten van Twilio, dus hier komt niets binnen.</translation>
    </message>
    <message>
        <source>United States (api.twilio.com)</source>
        <translation>Verenigde Staten (api.twilio.com)</translation>
    </message>
    <message>
        <source>Ireland, Dublin edge (ie1)</source>
        <translation>Ierland, edge Dublin (ie1)</translation>
    </message>
    <message>
        <source>Australia, Sydney edge (au1)</source>
        <translation>Australië, edge Sydney (au1)</translation>
    </message>
    <message>
        <source>Japan, Tokyo edge (jp1)</source>
        <translation>Japan, edge Tokyo (jp1)</translation>
    </message>
    <message>
        <source>The Twilio Region that holds your account&apos;s data, through its edge location (api.{edge}.{region}.twilio.com). Each region has its own Auth Tokens: a wrong region fails with an authentication error.</source>
        <translation>De Twilio-regio die de gegevens van uw account bewaart, via de bijbehorende edge-locatie (api.{edge}.{region}.twilio.com). Elke regio heeft eigen verificatietokens: met een verkeerde regio mislukt de verificatie.</translation>
    </message>
    <message>
        <source>Leave empty to use Twilio&apos;s host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laat leeg om de host van Twilio voor de regio te gebruiken. Vul dit alleen in om de console naar een testserver te laten wijzen; gewoon http wordt alleen voor loopback-adressen geaccepteerd.</translation>
    </message>
    <message>
        <source>A provider of your own: the console POSTs the Provider Payload, filled in, to the Provider URL. A test send shows the exact request before it goes out. Such providers have no read-only call, so Check can only check the settings (and, for OAuth 2.0, fetch a token).</source>
        <translation>Een eigen provider: de console verstuurt de ingevulde provider-payload met POST naar de provider-URL. Een testverzending toont het exacte verzoek voordat het vertrekt. Zulke providers hebben geen alleen-lezen aanroep, dus Controleren kan alleen de instellingen controleren (en, voor OAuth 2.0, een token ophalen).</translation>
    </message>
    <message>
        <source>Provider AppId</source>
        <translation>AppId van de provider</translation>
    </message>
    <message>
        <source>The application ID your SMS provider gave you.</source>
        <translation>De toepassings-ID die u van uw sms-provider hebt gekregen.</translation>
    </message>
    <message>
        <source>Provider Name</source>
        <translation>Providernaam</translation>
    </message>
    <message>
        <source>The name of your SMS provider.</source>
        <translation>De naam van uw sms-provider.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>Provider-URL</translation>
    </message>
    <message>
        <source>Where the console POSTs each message, in full. Plain http is accepted for loopback addresses only.</source>
        <translation>Het volledige adres waarnaar de console elk bericht POST. Gewone http wordt alleen geaccepteerd voor loopback-adressen.</translation>
    </message>
    <message>
        <source>Auth Type</source>
        <translation>Authenticatietype</translation>
    </message>
    <message>
        <source>How the provider knows the console. Each type asks for its own fields; its secrets go to the system keychain.</source>
        <translation>Hoe de provider de console herkent. Elk type vraagt om eigen velden; de geheimen ervan gaan naar de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>OAuth 2.0 (client credentials)</source>
        <translation>OAuth 2.0 (clientreferenties)</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Geen authenticatie</translation>
    </message>
    <message>
        <source>Sent in the X-API-Key header. Kept in the system keychain.</source>
        <translation>Verzonden in de header X-API-Key. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>The user name of HTTP Basic authentication.</source>
        <translation>De gebruikersnaam van HTTP Basic-authenticatie.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password of HTTP Basic authentication. Kept in the system keychain.</source>
        <translation>Het wachtwoord van HTTP Basic-authenticatie. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>Sent as Authorization: Bearer &lt;token&gt;. Kept in the system keychain.</source>
        <translation>Verzonden als Authorization: Bearer &lt;token&gt;. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth-URL</translation>
    </message>
    <message>
        <source>The token endpoint: the console POSTs the OAuth Body there and sends the access token it gets as Authorization: Bearer.</source>
        <translation>Het token-eindpunt: de console verstuurt de OAuth-body daarheen met POST en verzendt het verkregen toegangstoken als Authorization: Bearer.</translation>
    </message>
    <message>
        <source>OAuth Body</source>
        <translation>OAuth-body</translation>
    </message>
    <message>
        <source>JSON with grant_type and client_id; write {{clientSecret}} where the client secret goes (it comes from the keychain, never from this text).</source>
        <translation>JSON met grant_type en client_id; schrijf {{clientSecret}} waar het clientgeheim komt (het komt uit de sleutelbos, nooit uit deze tekst).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Put in the OAuth Body in place of {{clientSecret}}. Kept in the system keychain.</source>
        <translation>Wordt in de OAuth-body op de plaats van {{clientSecret}} gezet. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>API Secret Key</source>
        <translation>Geheime API-sleutel</translation>
    </message>
    <message>
        <source>The key of the MAC signature of each request. Kept in the system keychain.</source>
        <translation>De sleutel van de MAC-handtekening van elk verzoek. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Mac Authorization Hash Format</source>
        <translation>Hashindeling van de MAC-autorisatie</translation>
    </message>
    <message>
        <source>The HMAC of the signature: Authorization: MAC id=&quot;&lt;Provider AppId&gt;&quot;, ts, nonce, bodyhash and mac, as in the IETF draft of OAuth 2.0 MAC tokens.</source>
        <translation>De HMAC van de handtekening: Authorization: MAC id=&quot;&lt;Provider AppId&gt;&quot;, ts, nonce, bodyhash en mac, zoals in het IETF-concept van OAuth 2.0 MAC-tokens.</translation>
    </message>
    <message>
        <source>HMAC-SHA-256</source>
        <translation>HMAC-SHA-256</translation>
    </message>
    <message>
        <source>HMAC-SHA-512</source>
        <translation>HMAC-SHA-512</translation>
    </message>
    <message>
        <source>HMAC-SHA-1</source>
        <translation>HMAC-SHA-1</translation>
    </message>
    <message>
        <source>mTLS support</source>
        <translation>mTLS-ondersteuning</translation>
    </message>
    <message>
        <source>Mutual TLS: the console shows the provider a client certificate. With No authentication, mTLS alone.</source>
        <translation>Wederzijdse TLS: de console toont de provider een clientcertificaat. Met “Geen authenticatie” als authenticatietype is mTLS de enige authenticatie.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Clientcertificaat</translation>
    </message>
    <message>
        <source>The path of the certificate file (PEM).</source>
        <translation>Het pad van het certificaatbestand (PEM).</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clientsleutel</translation>
    </message>
    <message>
        <source>The path of its private key file (PEM, RSA or EC).</source>
        <translation>Het pad van het bestand met de privésleutel (PEM, RSA of EC).</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Wachtwoordzin van de sleutel</translation>
    </message>
    <message>
        <source>Leave empty when the key file is not encrypted. Kept in the system keychain.</source>
        <translation>Laat leeg als het sleutelbestand niet versleuteld is. Wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>HTTP-headers</translation>
    </message>
    <message>
        <source>HTTP headers sent with each message. Content-Type is fixed to application/json; charset=utf-8.</source>
        <translation>HTTP-headers die met elk bericht worden verzonden. Content-Type ligt vast op application/json; charset=utf-8.</translation>
    </message>
    <message>
        <source>Provider Payload</source>
        <translation>Provider-payload</translation>
    </message>
    <message>
        <source>The JSON body of each message. It must hold {{toNumber}}, {{fromNumber}} and {{message}}, each inside a string value; the console escapes what it puts there.</source>
        <translation>De JSON-body van elk bericht. Die moet {{toNumber}}, {{fromNumber}} en {{message}} bevatten, elk binnen een tekenreekswaarde; de console escapet wat ze daar invult.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <source>How the console signs its requests to the Conversation API. Basic sends the API token with each request; Sinch rate-limits Basic and advises it for testing only. OAuth 2.0 exchanges the same access key for a short-lived token, kept in memory only, as Sinch advises for production. The platform stores the API token either way.</source>
        <translation>Hoe de console zijn verzoeken aan de Conversation API ondertekent. Basic verzendt het API-token bij elk verzoek; Sinch beperkt het aantal Basic-verzoeken en raadt het alleen aan om te testen. OAuth 2.0 ruilt dezelfde toegangssleutel in voor een kortlevend token, dat alleen in het geheugen wordt bewaard, zoals Sinch voor productie aanraadt. Het platform slaat het API-token in beide gevallen op.</translation>
    </message>
    <message>
        <source>Basic (API token)</source>
        <translation>Basic (API-token)</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-eindpunt</translation>
    </message>
    <message>
        <source>Leave empty to use Sinch&apos;s token endpoint, https://auth.sinch.com/oauth2/token. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laat leeg om het token-eindpunt van Sinch te gebruiken, https://auth.sinch.com/oauth2/token. Vul dit alleen in om de console naar een testserver te laten wijzen; gewoon http wordt alleen voor loopback-adressen geaccepteerd.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
</context>
<context>
    <name>cc::ImportDialog</name>
    <message>
        <source>Import API credentials</source>
        <translation>API-inloggegevens importeren</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Uit %1:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Secrets to enter after the import: %1.</source>
        <translation>Na de import in te voeren geheimen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n API credential(s)</source>
        <translation>
            <numerusform>%n set API-inloggegevens importeren</numerusform>
            <numerusform>%n sets API-inloggegevens importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Klaar om te importeren</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Hernoemd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>API credentials in the file</source>
        <translation>API-inloggegevens in het bestand</translation>
    </message>
</context>
<context>
    <name>cc::InboundPreviewDialog</name>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>Dubbele opt-in</translation>
    </message>
    <message>
        <source>Custom inbound keyword</source>
        <translation>Aangepast inkomend trefwoord</translation>
    </message>
    <message>
        <source>Default inbound reply</source>
        <translation>Standaardantwoord op inkomende berichten</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Geen regel</translation>
    </message>
    <message>
        <source>None of the API credentials has keyword settings (Sinch and Infobip have them).</source>
        <translation>Geen van de API-inloggegevens heeft trefwoordinstellingen (Sinch en Infobip hebben die).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 (defaults)</source>
        <translation>%1 (standaard)</translation>
    </message>
    <message>
        <source>Type an inbound text to see which rule answers it.</source>
        <translation>Typ een inkomende tekst om te zien welke regel erop antwoordt.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Rule: %1 (keyword %2)</source>
        <translation>Regel: %1 (trefwoord %2)</translation>
    </message>
    <message>
        <source>(the platform asks the person to confirm)</source>
        <translation>(het platform vraagt de persoon om te bevestigen)</translation>
    </message>
    <message>
        <source>(no reply: the keyword is stored on the profile for journeys to use)</source>
        <translation>(geen antwoord: het trefwoord wordt in het profiel opgeslagen, zodat klantreizen het kunnen gebruiken)</translation>
    </message>
    <message>
        <source>(nothing is sent: no rule matches and there is no default inbound reply)</source>
        <translation>(er wordt niets verzonden: geen enkele regel komt overeen en er is geen standaardantwoord)</translation>
    </message>
    <message>
        <source>(nothing is sent: this rule&apos;s message is empty)</source>
        <translation>(er wordt niets verzonden: het bericht van deze regel is leeg)</translation>
    </message>
    <message>
        <source>A profile is created if none exists.</source>
        <translation>Zo nodig wordt een profiel aangemaakt.</translation>
    </message>
    <message>
        <source>%1. A profile is created if none exists.</source>
        <translation>%1. Zo nodig wordt een profiel aangemaakt.</translation>
    </message>
    <message>
        <source>Inbound keyword preview</source>
        <translation>Voorbeeld van inkomende trefwoorden</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API-inloggegevens</translation>
    </message>
    <message>
        <source>Inbound text</source>
        <translation>Inkomende tekst</translation>
    </message>
    <message>
        <source>What a person texts, for example STOP</source>
        <translation>Wat iemand stuurt, bijvoorbeeld STOP</translation>
    </message>
    <message>
        <source>Person sends</source>
        <translation>Persoon stuurt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Encoding and segments</source>
        <translation>Codering en segmenten</translation>
    </message>
    <message>
        <source>Keywords in force</source>
        <translation>Geldende trefwoorden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>“%1” is also a keyword of: %2. The rule above is matched first, so those never answer it.</source>
        <translation>“%1” is ook een trefwoord van: %2. De regel hierboven wordt eerst vergeleken, dus die beantwoorden het nooit.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
</context>
<context>
    <name>cc::JsonTemplate</name>
    <message>
        <source>%1: this is not JSON: the text cannot be read at character %2 (%3). Write a JSON object, with each placeholder inside a string, for example &quot;text&quot;: &quot;{{message}}&quot;.</source>
        <translation>%1: dit is geen JSON: de tekst kan niet worden gelezen bij teken %2 (%3). Schrijf een JSON-object, met elke tijdelijke aanduiding binnen een tekenreeks, bijvoorbeeld &quot;text&quot;: &quot;{{message}}&quot;.</translation>
    </message>
    <message>
        <source>%1: write a JSON object, between { and }: the request&apos;s body is one object.</source>
        <translation>%1: schrijf een JSON-object, tussen { en }: de body van het verzoek is één object.</translation>
    </message>
    <message>
        <source>%1: %2 is missing. Put it inside a string value, for example %3.</source>
        <translation>%1: %2 ontbreekt. Zet het binnen een tekenreekswaarde, bijvoorbeeld %3.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is not inside a string value. Put it between quotes, for example %4; the console escapes what it puts there.</source>
        <translation>%1: %2 (bij teken %3) staat niet binnen een tekenreekswaarde. Zet het tussen aanhalingstekens, bijvoorbeeld %4; de console escapet wat ze daar invult.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is in the name of a member. Placeholders go in values, for example %4.</source>
        <translation>%1: %2 (bij teken %3) staat in de naam van een lid. Tijdelijke aanduidingen horen in waarden, bijvoorbeeld %4.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is not a placeholder the console fills. Check its spelling (names are case-sensitive).</source>
        <translation>%1: %2 (bij teken %3) is geen tijdelijke aanduiding die de console invult. Controleer de spelling (namen zijn hoofdlettergevoelig).</translation>
    </message>
</context>
<context>
    <name>cc::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>About Channel Console</source>
        <translation>Over Channel Console</translation>
    </message>
    <message>
        <source>Channel Console %1
Manage the API credentials of your SMS and MMS providers.</source>
        <translation>Channel Console %1
Beheer de API-inloggegevens van uw sms- en mms-leveranciers.</translation>
    </message>
    <message>
        <source>Delete the API credentials &quot;%1&quot;? Their secrets are removed from the system keychain too. This cannot be undone.</source>
        <translation>De API-inloggegevens “%1” verwijderen? Hun geheimen worden ook uit de sleutelbos van het systeem verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API credentials (%1)? Their secrets are removed from the system keychain too. This cannot be undone.</source>
        <translation>
            <numerusform>%n set API-inloggegevens (%1) verwijderen? De geheimen ervan worden ook uit de sleutelbos van het systeem verwijderd. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n sets API-inloggegevens (%1) verwijderen? Hun geheimen worden ook uit de sleutelbos van het systeem verwijderd. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API credentials</source>
        <translation>API-inloggegevens verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Channel Console</source>
        <translation>Channel Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Inloggegevens</translation>
    </message>
    <message>
        <source>Create new API credentials…</source>
        <translation>Nieuwe API-inloggegevens maken…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Channel Console</source>
        <translation>&amp;Over Channel Console</translation>
    </message>
    <message>
        <source>Import API credentials</source>
        <translation>API-inloggegevens importeren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export API credentials</source>
        <translation>API-inloggegevens exporteren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kan niet worden geïmporteerd. %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n API credential(s). Open each one to enter its secrets.</source>
        <translation>
            <numerusform>%n set API-inloggegevens geïmporteerd. Open het om de geheimen in te voeren.</numerusform>
            <numerusform>%n sets API-inloggegevens geïmporteerd. Open ze een voor een om de geheimen in te voeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n API credential(s) without their secrets.</source>
        <translation>
            <numerusform>%n set API-inloggegevens zonder geheimen geëxporteerd.</numerusform>
            <numerusform>%n sets API-inloggegevens zonder geheimen geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the check: %2</source>
        <translation>Controle van “%1” mislukt: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>Selectie &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the non-secret settings of the selected API credentials (all when none is selected)</source>
        <translation>De niet-geheime instellingen van de geselecteerde API-inloggegevens exporteren (alle als er niets is geselecteerd)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Activiteitenlogboek…</translation>
    </message>
    <message>
        <source>Check &amp;all API credentials</source>
        <translation>Alle API-inloggegevens &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Inbound keyword preview…</source>
        <translation>Voorbeeld van &amp;inkomende trefwoorden…</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>after the first names of API credentials to delete</comment>
        <translation>
            <numerusform>%n andere</numerusform>
            <numerusform>%n andere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API credentials: removing their secrets from the keychain (%1 done)…</source>
        <translation>
            <numerusform>%n set API-inloggegevens verwijderen: de geheimen ervan worden uit de sleutelbos gehaald (%1 van %n)…</numerusform>
            <numerusform>%n sets API-inloggegevens verwijderen: hun geheimen worden uit de sleutelbos gehaald (%1 van %n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n API credentials.</source>
        <translation>
            <numerusform>%n set API-inloggegevens verwijderd.</numerusform>
            <numerusform>%n sets API-inloggegevens verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, empty database is in use; the copy of the damaged one is kept.</source>
        <translation>Er wordt een nieuwe, lege database gebruikt; de kopie van de beschadigde blijft bewaard.</translation>
    </message>
    <message>
        <source>The database is left as it is and nothing will be saved over it unless you choose to start with an empty list. You can still export what is shown.</source>
        <translation>De database blijft ongewijzigd en er wordt niets overheen opgeslagen, tenzij u kiest voor een lege lijst. U kunt wat getoond wordt nog steeds exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n keychain entries belong to no API credentials: an earlier change was interrupted before it could remove them. Remove them from the keychain?</source>
        <translation>
            <numerusform>%n item in de sleutelbos hoort bij geen enkele set API-inloggegevens: een eerdere wijziging werd onderbroken voordat die het kon verwijderen. Uit de sleutelbos verwijderen?</numerusform>
            <numerusform>%n items in de sleutelbos horen bij geen enkele set API-inloggegevens: een eerdere wijziging werd onderbroken voordat die ze kon verwijderen. Uit de sleutelbos verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keychain entries left behind</source>
        <translation>Achtergebleven items in de sleutelbos</translation>
    </message>
    <message>
        <source>The keychain entries left behind were removed.</source>
        <translation>De achtergebleven items in de sleutelbos zijn verwijderd.</translation>
    </message>
    <message>
        <source>The credentials database could not be loaded, so nothing can be saved yet. Choose &quot;Start with an empty list&quot; above, or repair the file and restart.</source>
        <translation>De database met inloggegevens kon niet worden geladen, dus kan er nog niets worden opgeslagen. Kies hierboven “Beginnen met een lege lijst”, of herstel het bestand en start opnieuw.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; with its vendor, without sending anything…</source>
        <translation>“%1” wordt bij de leverancier gecontroleerd, zonder iets te verzenden…</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>Alles &amp;exporteren…</translation>
    </message>
</context>
<context>
    <name>cc::MessageEdit</name>
    <message>
        <source>No text: the MMS carries the media alone.</source>
        <translation>Geen tekst: de mms bevat alleen de media.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · sent with the media in one MMS, not split into SMS</source>
        <translation>
            <numerusform>%n teken · verzonden met de media in één mms, niet in sms-segmenten opgedeeld</numerusform>
            <numerusform>%n tekens · verzonden met de media in één mms, niet in sms-segmenten opgedeeld</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. The text of an MMS travels with its media in the same message: it is not split into SMS segments, and GSM-7 and UCS-2 do not apply.</source>
        <translation>Tekens worden geteld zoals u ze ziet: een emoji met huidskleur, een vlag of een letter met accent is één teken. De tekst van een mms gaat met de media mee in hetzelfde bericht: hij wordt niet in sms-segmenten opgedeeld, en GSM-7 en UCS-2 zijn niet van toepassing.</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Hoe wordt dit geteld?</translation>
    </message>
</context>
<context>
    <name>cc::NetError</name>
    <message>
        <source>The vendor rejected the credentials (HTTP 401). Check the API token or key, and that it belongs to this service plan or project.</source>
        <translation>De leverancier heeft de inloggegevens geweigerd (HTTP 401). Controleer het API-token of de API-sleutel, en of die bij dit serviceplan of project hoort.</translation>
    </message>
    <message>
        <source>The credentials are valid but lack a permission (HTTP 403). Give the key or token the scope this action needs in the vendor&apos;s dashboard.</source>
        <translation>De inloggegevens zijn geldig, maar er ontbreekt een recht (HTTP 403). Geef de sleutel of het token in het dashboard van de leverancier het bereik dat deze actie nodig heeft.</translation>
    </message>
    <message>
        <source>The vendor does not know this account (HTTP 404). Check the service plan ID, project ID, app ID and region: a wrong region also gives this error.</source>
        <translation>De leverancier kent dit account niet (HTTP 404). Controleer de serviceplan-ID, project-ID, app-ID en regio: een verkeerde regio geeft ook deze fout.</translation>
    </message>
    <message>
        <source>The vendor refused the request as invalid (HTTP 400). Check the phone numbers and fields.</source>
        <translation>De leverancier heeft het verzoek als ongeldig geweigerd (HTTP 400). Controleer de telefoonnummers en velden.</translation>
    </message>
    <message>
        <source>The vendor refused the request as invalid (HTTP 400): %1</source>
        <translation>De leverancier heeft het verzoek als ongeldig geweigerd (HTTP 400): %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the vendor asks to wait %n second(s) before trying again (HTTP 429).</source>
        <translation>
            <numerusform>Te veel verzoeken: de leverancier vraagt %n seconde te wachten voordat u het opnieuw probeert (HTTP 429).</numerusform>
            <numerusform>Te veel verzoeken: de leverancier vraagt %n seconden te wachten voordat u het opnieuw probeert (HTTP 429).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the vendor asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation>Te veel verzoeken: de leverancier vraagt om minder verzoeken te sturen (HTTP 429). Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The vendor&apos;s service is unavailable (HTTP %1). Try again later; if it persists, check the vendor&apos;s status page.</source>
        <translation>De dienst van de leverancier is niet beschikbaar (HTTP %1). Probeer het later opnieuw; als het probleem aanhoudt, bekijk dan de statuspagina van de leverancier.</translation>
    </message>
    <message>
        <source>The vendor answered with an unexpected HTTP status %1.</source>
        <translation>De leverancier antwoordde met een onverwachte HTTP-status %1.</translation>
    </message>
    <message>
        <source>The vendor answered with HTTP status %1: %2</source>
        <translation>De leverancier antwoordde met HTTP-status %1: %2</translation>
    </message>
    <message>
        <source>The vendor did not answer in time. Check your network connection and the API endpoint, then try again.</source>
        <translation>De leverancier heeft niet op tijd geantwoord. Controleer uw netwerkverbinding en het API-eindpunt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The vendor&apos;s host name could not be found. Check the API base URL or endpoint and your network connection.</source>
        <translation>De hostnaam van de leverancier is niet gevonden. Controleer de basis-URL van de API of het eindpunt en uw netwerkverbinding.</translation>
    </message>
    <message>
        <source>The secure connection to the vendor failed (TLS certificate or handshake). Nothing was sent. Check the address; a network that intercepts HTTPS can also cause this.</source>
        <translation>De beveiligde verbinding met de leverancier is mislukt (TLS-certificaat of -handshake). Er is niets verzonden. Controleer het adres; ook een netwerk dat HTTPS onderschept kan dit veroorzaken.</translation>
    </message>
    <message>
        <source>The connection to the vendor failed or was closed early. Check the address and your network, then try again.</source>
        <translation>De verbinding met de leverancier is mislukt of te vroeg verbroken. Controleer het adres en uw netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Plain http:// is refused except for this computer&apos;s own addresses. Use an https:// address.</source>
        <translation>Gewoon http:// wordt geweigerd, behalve voor de eigen adressen van deze computer. Gebruik een https://-adres.</translation>
    </message>
    <message>
        <source>The vendor redirected the request elsewhere; it was not followed. Check the API base URL or endpoint.</source>
        <translation>De leverancier heeft het verzoek elders heen omgeleid; die omleiding is niet gevolgd. Controleer de basis-URL van de API of het eindpunt.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer was unexpectedly large and was cut off. Check the API base URL or endpoint.</source>
        <translation>Het antwoord van de leverancier was onverwacht groot en is afgekapt. Controleer de basis-URL van de API of het eindpunt.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer could not be understood. Check that the API base URL or endpoint points at the vendor&apos;s API.</source>
        <translation>Het antwoord van de leverancier is niet te begrijpen. Controleer of de basis-URL van de API of het eindpunt naar de API van de leverancier wijst.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent: the message may or may not have been sent. Look up its delivery report before sending again.</source>
        <translation>De verbinding werd verbroken nadat het verzoek was verzonden: het bericht is misschien wel en misschien niet verzonden. Bekijk het afleveringsrapport ervan voordat u het opnieuw verzendt.</translation>
    </message>
</context>
<context>
    <name>cc::NetPolicy</name>
    <message>
        <source>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</source>
        <translation>Gebruik https://: gewoon http:// wordt alleen geaccepteerd voor de eigen adressen van deze computer (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; is not supported.</source>
        <translation>Gebruik een https://-adres; “%1” wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// and names a host.</source>
        <translation>Voer een volledig adres in dat met https:// begint en een host noemt.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// and names a host, for example %1.</source>
        <translation>Voer een volledig adres in dat met https:// begint en een host noemt, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>Enter the address of the media file itself, for example %1.</source>
        <translation>Voer het adres van het mediabestand zelf in, bijvoorbeeld %1.</translation>
    </message>
</context>
<context>
    <name>cc::PhoneNumbers</name>
    <message>
        <source>Use only digits after the + (spaces, dots, dashes and brackets may separate them); “%1” is not allowed.</source>
        <translation>Gebruik na de + alleen cijfers (spaties, punten, streepjes en haakjes mogen ze scheiden); “%1” is niet toegestaan.</translation>
    </message>
    <message>
        <source>The digits after the + do not start with a known country code; check them.</source>
        <translation>De cijfers na de + beginnen niet met een bekende landcode; controleer ze.</translation>
    </message>
    <message>
        <source>This number is too long; enter +, the country code and the number, nothing more.</source>
        <translation>Dit nummer is te lang; voer +, de landcode en het nummer in, meer niet.</translation>
    </message>
    <message>
        <source>This number is too short; enter +, the country code and the whole number.</source>
        <translation>Dit nummer is te kort; voer +, de landcode en het volledige nummer in.</translation>
    </message>
    <message>
        <source>This number is too short for country code +%1; check the digits.</source>
        <translation>Dit nummer is te kort voor landcode +%1; controleer de cijfers.</translation>
    </message>
    <message>
        <source>This number is too long for country code +%1; check the digits.</source>
        <translation>Dit nummer is te lang voor landcode +%1; controleer de cijfers.</translation>
    </message>
    <message>
        <source>This is not a valid number for country code +%1; check the digits.</source>
        <translation>Dit is geen geldig nummer voor landcode +%1; controleer de cijfers.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked: a part of Channel Console is missing (%1). Reinstall Channel Console.</source>
        <translation>Telefoonnummers kunnen niet worden gecontroleerd: een onderdeel van Channel Console ontbreekt (%1). Installeer Channel Console opnieuw.</translation>
    </message>
    <message>
        <source>Start with + and the country code, for example %1, or enter a short code of %2 to %3 digits.</source>
        <translation>Begin met + en de landcode, bijvoorbeeld %1, of voer een shortcode van %2 tot %3 cijfers in.</translation>
    </message>
    <message>
        <source>Start with + and the country code, for example %1.</source>
        <translation>Begin met + en de landcode, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>Use only digits after the + (spaces, dots, dashes and brackets may separate them); remove the invisible character %1 (at position %2).</source>
        <translation>Gebruik na de + alleen cijfers (spaties, punten, streepjes en haakjes mogen ze scheiden); verwijder het onzichtbare teken %1 (op positie %2).</translation>
    </message>
</context>
<context>
    <name>cc::PrivateFile</name>
    <message>
        <source>It is not a regular file (a folder, a device or a pipe); choose a file name to save to.</source>
        <translation>Dit is geen gewoon bestand (een map, een apparaat of een pipe); kies een bestandsnaam om in op te slaan.</translation>
    </message>
</context>
<context>
    <name>cc::RegionDialog</name>
    <message>
        <source>Find region</source>
        <translation>Regio zoeken</translation>
    </message>
    <message>
        <source>Checks these API credentials with every region of %1 at once, as Check does: read only, nothing is sent.</source>
        <translation>Controleert deze API-inloggegevens bij alle regio’s van %1 tegelijk, zoals Controleren doet: alleen lezen, er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Regions and their answers</source>
        <translation>De regio’s en hun antwoorden</translation>
    </message>
    <message>
        <source>Use region</source>
        <translation>Regio gebruiken</translation>
    </message>
    <message>
        <source>Use region %1</source>
        <translation>Regio %1 gebruiken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Asking every region…</source>
        <translation>Alle regio’s worden gevraagd…</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, the one the form has.</source>
        <translation>De API-inloggegevens werken in regio %1, die van het formulier.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1.</source>
        <translation>De API-inloggegevens werken in regio %1.</translation>
    </message>
    <message>
        <source>More than one region accepted the API credentials; choose the region yourself.</source>
        <translation>Meer dan één regio heeft de API-inloggegevens geaccepteerd; kies de regio zelf.</translation>
    </message>
    <message>
        <source>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</source>
        <translation>Geen enkele regio heeft de API-inloggegevens geaccepteerd: controleer de geheimen en de ID’s van project, app of serviceplan.</translation>
    </message>
</context>
<context>
    <name>cc::RegionProbe</name>
    <message>
        <source>%1 API credentials have no region to find: the account&apos;s own address says where it is.</source>
        <translation>API-inloggegevens van %1 hebben geen regio om te zoeken: het eigen adres van het account zegt waar het staat.</translation>
    </message>
    <message>
        <source>The API endpoint is set to %1, so every region would be asked at that one address. Clear the API endpoint, or put {region} in it where the region goes.</source>
        <translation>Het API-eindpunt is %1, dus elke regio zou op dat ene adres worden gevraagd. Maak het API-eindpunt leeg, of zet er {region} in op de plaats van de regio.</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>bezig met vragen…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>cc::ReplaceSecretDialog</name>
    <message>
        <source>Checking the new value with %1… Nothing is sent to anybody.</source>
        <translation>De nieuwe waarde wordt bij %1 gecontroleerd… Er wordt niets naar iemand verzonden.</translation>
    </message>
    <message>
        <source>Replace a secret of “%1”</source>
        <translation>Een geheim van “%1” vervangen</translation>
    </message>
    <message>
        <source>The new value is checked with %1 first, with the other secrets from the keychain (a read-only call; nothing is sent to anybody). Only if %1 accepts it does it replace the old value in the keychain; otherwise the old value is kept and nothing changes.</source>
        <translation>De nieuwe waarde wordt eerst bij %1 gecontroleerd, met de andere geheimen uit de sleutelbos (een alleen-lezen aanroep; er wordt niets naar iemand verzonden). Alleen als %1 haar accepteert, vervangt ze de oude waarde in de sleutelbos; anders blijft de oude waarde behouden en verandert er niets.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheim:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Nieuwe waarde:</translation>
    </message>
    <message>
        <source>Check and &amp;replace</source>
        <translation>Controleren en &amp;vervangen</translation>
    </message>
</context>
<context>
    <name>cc::RowDetails</name>
    <message>
        <source>%1 — %2</source>
        <comment>a cell&apos;s text, then what its tooltip adds</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s title, then the selected row&apos;s text in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a row to read all of it here.</source>
        <translation>Selecteer een rij om die hier volledig te lezen.</translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation>De geselecteerde rij volledig</translation>
    </message>
</context>
<context>
    <name>cc::SecretAge</name>
    <message>
        <source>today</source>
        <extracomment>The secrets&apos; age: they were set today.</extracomment>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The secrets&apos; age.</extracomment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: older than %n day(s)</source>
        <extracomment>%1 is the secrets&apos; age (&quot;120 days&quot;).</extracomment>
        <translation>
            <numerusform>%1: ouder dan %n dag</numerusform>
            <numerusform>%1: ouder dan %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SecretAgeMenu</name>
    <message>
        <source>&amp;Flag old secrets</source>
        <translation>Oude geheimen &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Uit</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Ouder dan %n dag</numerusform>
            <numerusform>Ouder dan %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SecretEdit</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>De waarde verbergen</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>De waarde tonen</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Bewaard in de sleutelbos; typ om de waarde te vervangen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>The stored value cannot be shown: %1</source>
        <translation>De opgeslagen waarde kan niet worden getoond: %1</translation>
    </message>
</context>
<context>
    <name>cc::SecretRotation</name>
    <message>
        <source>The secret “%1” was replaced: the vendor accepted the new value.</source>
        <translation>Het geheim “%1” is vervangen: de leverancier heeft de nieuwe waarde geaccepteerd.</translation>
    </message>
    <message>
        <source>The secret “%1” was not replaced; the old value is kept. %2</source>
        <translation>Het geheim “%1” is niet vervangen; de oude waarde blijft behouden. %2</translation>
    </message>
    <message>
        <source>“%1” is no secret field of these API credentials.</source>
        <translation>“%1” is geen geheim veld van deze API-inloggegevens.</translation>
    </message>
    <message>
        <source>The new value of “%1” is empty.</source>
        <translation>De nieuwe waarde van “%1” is leeg.</translation>
    </message>
    <message>
        <source>The secret “%1” was replaced without a check: %2 has no read-only call to try it with, so nothing was sent. Use Test send to try the new value.</source>
        <translation>Het geheim “%1” is vervangen zonder controle: %2 heeft geen alleen-lezen aanroep om het mee te proberen, dus er is niets verzonden. Gebruik Testverzending om de nieuwe waarde te proberen.</translation>
    </message>
    <message>
        <source>“%1” is not used by these API credentials as they are set (see their authentication settings), so it cannot be replaced.</source>
        <translation>“%1” wordt door deze API-inloggegevens, zoals ze zijn ingesteld, niet gebruikt (zie hun authenticatie-instellingen), dus het kan niet worden vervangen.</translation>
    </message>
</context>
<context>
    <name>cc::SecretStore</name>
    <message>
        <source>The secret was not found in the system keychain, or the keychain is locked. Unlock your keychain, or enter the secret again.</source>
        <translation>Het geheim is niet gevonden in de sleutelbos van het systeem, of de sleutelbos is vergrendeld. Ontgrendel uw sleutelbos of voer het geheim opnieuw in.</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so secrets cannot be stored or read. Start your desktop&apos;s keyring service (for example GNOME Keyring or KWallet) and try again. Nothing was saved in its place.</source>
        <translation>Er is geen sleutelbos van het systeem bereikbaar, dus geheimen kunnen niet worden opgeslagen of gelezen. Start de sleutelbosdienst van uw bureaublad (bijvoorbeeld GNOME Keyring of KWallet) en probeer het opnieuw. Er is niets in de plaats daarvan opgeslagen.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again. Nothing was saved in its place.</source>
        <translation>De sleutelbos van het systeem is vergrendeld of heeft de toegang geweigerd. Ontgrendel hem en probeer het opnieuw. Er is niets in de plaats daarvan opgeslagen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it persists, restart your keyring service.</source>
        <translation>De sleutelbos van het systeem heeft een fout gemeld. Probeer het opnieuw; als het probleem aanhoudt, start dan uw sleutelbosdienst opnieuw.</translation>
    </message>
</context>
<context>
    <name>cc::SmsInfo</name>
    <message numerus="yes">
        <source>%n character(s) · GSM-7: %1 of %2 septets · %3 SMS</source>
        <comment>user-perceived characters; septets used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n teken · GSM-7: %1 van %2 septets · %3 sms</numerusform>
            <numerusform>%n tekens · GSM-7: %1 van %2 septets · %3 sms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of %1): %2 of %3 code units · %4 SMS</source>
        <comment>user-perceived characters; the code point and Unicode name of the invisible character that forces UCS-2, e.g. U+00A0 NO-BREAK SPACE; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n teken · UCS-2 (vanwege %1): %2 van %3 code-eenheden · %4 sms</numerusform>
            <numerusform>%n tekens · UCS-2 (vanwege %1): %2 van %3 code-eenheden · %4 sms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of %1 in “%2”): %3 of %4 code units · %5 SMS</source>
        <comment>user-perceived characters; the code point and Unicode name that forces UCS-2, e.g. U+0301 COMBINING ACUTE ACCENT, and the character it is part of; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n teken · UCS-2 (vanwege %1 in “%2”): %3 van %4 code-eenheden · %5 sms</numerusform>
            <numerusform>%n tekens · UCS-2 (vanwege %1 in “%2”): %3 van %4 code-eenheden · %5 sms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of “%1”): %2 of %3 code units · %4 SMS</source>
        <comment>user-perceived characters; the first character that forces UCS-2; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n teken · UCS-2 (vanwege “%1”): %2 van %3 code-eenheden · %4 sms</numerusform>
            <numerusform>%n tekens · UCS-2 (vanwege “%1”): %2 van %3 code-eenheden · %4 sms</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. An SMS holds 160 septets in GSM-7 (153 in each part of a longer message; ^ { } \ [ ] ~ | € take two) or 70 UTF-16 code units in UCS-2 (67 in each part; most emoji take two or more). A character is never cut between two parts.</source>
        <translation>Tekens worden geteld zoals u ze ziet: een emoji met huidskleur, een vlag of een letter met accent is één teken. Een sms bevat 160 septets in GSM-7 (153 in elk deel van een langer bericht; ^ { } \ [ ] ~ | € tellen dubbel) of 70 UTF-16-code-eenheden in UCS-2 (67 in elk deel; de meeste emoji nemen er twee of meer in). Een teken wordt nooit over twee delen verdeeld.</translation>
    </message>
</context>
<context>
    <name>cc::StatusLook</name>
    <message>
        <source>Success</source>
        <extracomment>Said by screen readers before a message that reports a success.</extracomment>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by screen readers before a warning.</extracomment>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Said by screen readers before an error message.</extracomment>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>cc::TestSendDialog</name>
    <message>
        <source>Recipient: %1</source>
        <translation>Ontvanger: %1</translation>
    </message>
    <message>
        <source>Media URL: %1</source>
        <translation>Media-URL: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Fetching the delivery report…</source>
        <translation>Het afleveringsrapport wordt opgehaald…</translation>
    </message>
    <message>
        <source>Message ID: %1</source>
        <translation>Bericht-ID: %1</translation>
    </message>
    <message>
        <source>Vendor status: %1</source>
        <translation>Status bij de leverancier: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <source>Test send an MMS</source>
        <translation>Een test-mms verzenden</translation>
    </message>
    <message>
        <source>Test send an SMS</source>
        <translation>Een test-sms verzenden</translation>
    </message>
    <message>
        <source>Sends a real SMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</source>
        <translation>Verzendt een echte sms met “%1” via %2. Het bericht komt echt bij de ontvanger aan en uw account wordt belast.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Optional: a number or name your account may send from</source>
        <translation>Optioneel: een nummer of naam waarmee uw account mag verzenden</translation>
    </message>
    <message>
        <source>Text (optional)</source>
        <translation>Tekst (optioneel)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>Media-URL</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Afleveringsrapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Optional: the short code or long number to send from; empty uses the app&apos;s default MMS sender</source>
        <translation>Optioneel: de shortcode of het lange nummer om vanaf te verzenden; leeg gebruikt de standaard-mms-afzender van de app</translation>
    </message>
    <message>
        <source>+ country code and number, for example %1</source>
        <translation>+ landcode en nummer, bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Sends a real MMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</source>
        <translation>Verzendt een echte mms met “%1” via %2. Het bericht komt echt bij de ontvanger aan en uw account wordt belast.</translation>
    </message>
    <message>
        <source>Building the request…</source>
        <translation>Het verzoek wordt opgebouwd…</translation>
    </message>
    <message>
        <source>Nothing was sent yet. Below is the request as it will go out (secrets masked); Send sends it as it is.</source>
        <translation>Er is nog niets verzonden. Hieronder staat het verzoek zoals het zal vertrekken (geheimen gemaskeerd); Verzenden verzendt het zoals het is.</translation>
    </message>
    <message>
        <source>Preview request…</source>
        <translation>Voorbeeld van het verzoek…</translation>
    </message>
    <message>
        <source>The provider&apos;s answer (secrets masked):</source>
        <translation>Het antwoord van de provider (geheimen gemaskeerd):</translation>
    </message>
    <message>
        <source>The request that Send sends (secrets masked):</source>
        <translation>Het verzoek dat Verzenden verzendt (geheimen gemaskeerd):</translation>
    </message>
    <message>
        <source>Test send a message</source>
        <translation>Testbericht verzenden</translation>
    </message>
    <message>
        <source>Sends a real message with &quot;%1&quot; through %2: its text, with the media when you give a media URL. The recipient receives it and your account is charged.</source>
        <translation>Verzendt een echt bericht met “%1” via %2: de tekst, met de media als u een media-URL opgeeft. De ontvanger ontvangt het en uw account wordt belast.</translation>
    </message>
</context>
<context>
    <name>cc::VendorOperations</name>
    <message>
        <source>The credentials work: %1 accepted them. Nothing was sent.</source>
        <translation>De inloggegevens werken: %1 heeft ze geaccepteerd. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Enter the phone number to send the test message to.</source>
        <translation>Voer het telefoonnummer in waarnaar het testbericht moet worden verzonden.</translation>
    </message>
    <message>
        <source>Enter the https address of the image or file to send as the test MMS.</source>
        <translation>Voer het https-adres in van de afbeelding of het bestand dat als test-mms moet worden verzonden.</translation>
    </message>
    <message>
        <source>Enter the text of the test message.</source>
        <translation>Voer de tekst van het testbericht in.</translation>
    </message>
    <message>
        <source>Sinch accepted the test message. Batch ID: %1. Use the delivery report to see whether it arrived.</source>
        <translation>Sinch heeft het testbericht geaccepteerd. Batch-ID: %1. Bekijk het afleveringsrapport om te zien of het is aangekomen.</translation>
    </message>
    <message>
        <source>Sinch accepted the test MMS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</source>
        <translation>Sinch heeft de test-mms geaccepteerd. Bericht-ID: %1. De aflevering wordt aan de webhooks van de app gemeld.</translation>
    </message>
    <message>
        <source>Infobip accepted the test message (status %1). Message ID: %2.</source>
        <translation>Infobip heeft het testbericht geaccepteerd (status %1). Bericht-ID: %2.</translation>
    </message>
    <message>
        <source>Infobip refused the test message (status %1): %2</source>
        <translation>Infobip heeft het testbericht geweigerd (status %1): %2</translation>
    </message>
    <message>
        <source>Sinch reports MMS delivery only to the app&apos;s webhooks; there is no report to fetch.</source>
        <translation>Sinch meldt de aflevering van mms alleen aan de webhooks van de app; er is geen rapport om op te halen.</translation>
    </message>
    <message>
        <source>Send a test message first: its ID is needed to fetch the delivery report.</source>
        <translation>Verzend eerst een testbericht: de ID ervan is nodig om het afleveringsrapport op te halen.</translation>
    </message>
    <message>
        <source>No delivery status yet for batch %1. Try again in a moment.</source>
        <translation>Nog geen afleveringsstatus voor batch %1. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Delivery report for batch %1: %2.</source>
        <translation>Afleveringsrapport voor batch %1: %2.</translation>
    </message>
    <message>
        <source>Infobip has no log for message %1 yet. Logs cover the last 48 hours; try again in a moment.</source>
        <translation>Infobip heeft nog geen log voor bericht %1. Logs beslaan de laatste 48 uur; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Message %1: %2 (%3).</source>
        <translation>Bericht %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Setting up the SMS channel of a Conversation app needs a Sinch MMS credential.</source>
        <translation>Voor het instellen van het sms-kanaal van een Conversation-app zijn Sinch MMS-inloggegevens nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Read the Conversation app %1 and its %n channel(s).</source>
        <translation>
            <numerusform>Conversation-app %1 gelezen, met %n kanaal.</numerusform>
            <numerusform>Conversation-app %1 gelezen, met %n kanalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before changing the app: the Conversation API returned the credentials of its %1 channel(s) without their secrets, so an update would erase them. Set up the SMS channel in the Sinch dashboard instead.</source>
        <translation>Gestopt voordat de app werd gewijzigd: de Conversation API gaf de inloggegevens van de kanalen %1 zonder geheimen terug, dus een update zou ze wissen. Stel het sms-kanaal in plaats daarvan in het Sinch-dashboard in.</translation>
    </message>
    <message>
        <source>Set the app&apos;s SMS channel to service plan %1; the other channels were kept.</source>
        <translation>Het sms-kanaal van de app is op serviceplan %1 ingesteld; de andere kanalen zijn behouden.</translation>
    </message>
    <message>
        <source>Created a webhook that sends inbound messages to %1.</source>
        <translation>Er is een webhook gemaakt die inkomende berichten naar %1 stuurt.</translation>
    </message>
    <message>
        <source>%1 Last step, in the Sinch dashboard: set the callback URL of service plan %2 to %3</source>
        <translation>%1 Laatste stap, in het Sinch-dashboard: stel de callback-URL van serviceplan %2 in op %3</translation>
    </message>
    <message>
        <source>The SMS channel is active.</source>
        <translation>Het sms-kanaal is actief.</translation>
    </message>
    <message>
        <source>The SMS channel is pending: Sinch is still validating it. Check again in a moment.</source>
        <translation>Het sms-kanaal is in behandeling: Sinch valideert het nog. Controleer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The SMS channel is failing. Check the service plan ID and SMS API token.</source>
        <translation>Het sms-kanaal werkt niet. Controleer de serviceplan-ID en het sms-API-token.</translation>
    </message>
    <message>
        <source>The SMS channel is failing: %1. Check the service plan ID and SMS API token.</source>
        <translation>Het sms-kanaal werkt niet: %1. Controleer de serviceplan-ID en het sms-API-token.</translation>
    </message>
    <message>
        <source>The app has no SMS channel after the update. Try again, or set it up in the Sinch dashboard.</source>
        <translation>De app heeft na de update geen sms-kanaal. Probeer het opnieuw, of stel het in het Sinch-dashboard in.</translation>
    </message>
    <message>
        <source>The SMS channel is set; Sinch did not report its state.</source>
        <translation>Het sms-kanaal is ingesteld; Sinch heeft de status niet gemeld.</translation>
    </message>
    <message>
        <source>Sender: an MMS goes out from a short code or a long number. Enter its digits (a long number with + and the country code), or leave the sender empty to use the app&apos;s default MMS sender.</source>
        <translation>Afzender: een mms wordt verzonden vanaf een shortcode of een lang nummer. Voer de cijfers in (een lang nummer met + en de landcode), of laat de afzender leeg om de standaard-mms-afzender van de app te gebruiken.</translation>
    </message>
    <message>
        <source>The app has %1 webhooks and Sinch allows %2 per app; none of them sends inbound messages to %3. Nothing was changed. Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again.</source>
        <translation>De app heeft %1 webhooks en Sinch staat er %2 per app toe; geen ervan stuurt inkomende berichten naar %3. Er is niets gewijzigd. Verwijder in het Sinch-dashboard een webhook die de app niet meer nodig heeft en voer de instelling daarna opnieuw uit.</translation>
    </message>
    <message numerus="yes">
        <source>Read the app&apos;s %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook van de app gelezen.</numerusform>
            <numerusform>%n webhooks van de app gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already set up: webhook %1 sends inbound messages to %2. It was reused; no webhook was created.</source>
        <translation>Al ingesteld: webhook %1 stuurt inkomende berichten naar %2. Deze is hergebruikt; er is geen webhook gemaakt.</translation>
    </message>
    <message>
        <source>Sinch refused to create the webhook: the app has reached Sinch&apos;s limit of %1 webhooks per app (%2). Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again; the SMS channel is already set up.</source>
        <translation>Sinch weigerde de webhook te maken: de app heeft de limiet van Sinch van %1 webhooks per app bereikt (%2). Verwijder in het Sinch-dashboard een webhook die de app niet meer nodig heeft en voer de instelling daarna opnieuw uit; het sms-kanaal is al ingesteld.</translation>
    </message>
    <message>
        <source>%1 Last step: service plan %2 must send its callbacks to this app, but Sinch&apos;s documentation gives no SMS callback address for region %3. Link the service plan to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address.</source>
        <translation>%1 Laatste stap: serviceplan %2 moet zijn callbacks naar deze app sturen, maar de documentatie van Sinch geeft geen sms-callbackadres voor regio %3. Koppel het serviceplan in het Sinch-dashboard aan de app, dat de callback zelf instelt, of vraag het adres aan de ondersteuning van Sinch.</translation>
    </message>
    <message>
        <source>%1 cannot send MMS with these API credentials, so the media URL would not be sent. Nothing was sent.</source>
        <translation>%1 kan met deze API-inloggegevens geen mms verzenden, dus de media-URL zou niet worden verzonden. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>%1 takes no sender with the message: it sends from the number set up with the vendor, so the sender would not be used. Nothing was sent.</source>
        <translation>%1 accepteert geen afzender bij het bericht: het verzendt vanaf het nummer dat bij de leverancier is ingesteld, dus de afzender zou niet worden gebruikt. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>The field “%1” is empty. Fill it in in the credential&apos;s form and try again.</source>
        <translation>Het veld “%1” is leeg. Vul het in op het formulier van de API-inloggegevens en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 has no delivery report the console can fetch.</source>
        <translation>%1 heeft geen afleveringsrapport dat de console kan ophalen.</translation>
    </message>
    <message>
        <source>%1 has no channel set-up in the console. It is offered for %2.</source>
        <translation>De console kan voor %1 geen kanaal instellen. Dat kan wel voor %2.</translation>
    </message>
    <message>
        <source>Sinch accepted the test message, to go as RCS, or as SMS when the phone cannot receive RCS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</source>
        <translation>Sinch heeft het testbericht geaccepteerd, om als RCS te verzenden, of als sms als de telefoon geen RCS kan ontvangen. Bericht-ID: %1. De aflevering wordt aan de webhooks van de app gemeld.</translation>
    </message>
    <message>
        <source>Sinch reports RCS delivery only to the app&apos;s webhooks; there is no report to fetch.</source>
        <translation>Sinch meldt de aflevering van RCS-berichten alleen aan de webhooks van de app; er is geen rapport om op te halen.</translation>
    </message>
    <message>
        <source>The credentials work, but Twilio says the account is %1: it sends no messages until it is active again.</source>
        <translation>De API-inloggegevens werken, maar volgens Twilio is het account “%1”: het verstuurt geen berichten tot het weer actief is.</translation>
    </message>
    <message>
        <source>Twilio accepted the test message (status %1). Message SID: %2. Use the delivery report to see whether it arrived.</source>
        <translation>Twilio heeft het testbericht geaccepteerd (status %1). Bericht-SID: %2. Bekijk het afleveringsrapport om te zien of het is aangekomen.</translation>
    </message>
    <message>
        <source>Twilio did not send the test message (status %1): %2</source>
        <translation>Twilio heeft het testbericht niet verstuurd (status %1): %2</translation>
    </message>
    <message>
        <source>Twilio did not send the test message (status %1).</source>
        <translation>Twilio heeft het testbericht niet verstuurd (status %1).</translation>
    </message>
    <message>
        <source>Message %1: %2.</source>
        <translation>Bericht %1: %2.</translation>
    </message>
    <message>
        <source>Message %1: %2. Twilio&apos;s error: %3</source>
        <translation>Bericht %1: %2. Fout van Twilio: %3</translation>
    </message>
    <message>
        <source>The access token could not be fetched from the token URL, so nothing else was sent. %1</source>
        <translation>Het toegangstoken kon niet worden opgehaald bij de token-URL, dus er is verder niets verzonden. %1</translation>
    </message>
    <message>
        <source>%1 accepted the test message (HTTP %2). Its answer is shown as it came; whether the message arrived, only %1 can tell.</source>
        <translation>%1 heeft het testbericht geaccepteerd (HTTP %2). Het antwoord wordt getoond zoals het kwam; alleen %1 kan zeggen of het bericht is aangekomen.</translation>
    </message>
    <message>
        <source>The settings are complete and valid, but %1 has no read-only call: nothing can be checked with it without sending a message. Nothing was sent. Use Test send to try it.</source>
        <translation>De instellingen zijn volledig en geldig, maar %1 heeft geen alleen-lezen aanroep: er kan niets bij worden gecontroleerd zonder een bericht te verzenden. Er is niets verzonden. Gebruik Test verzenden om het te proberen.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 settings work: the token URL gave an access token. %1 itself has no read-only call, so nothing was sent to it.</source>
        <translation>De OAuth 2.0-instellingen werken: de token-URL gaf een toegangstoken. %1 zelf heeft geen alleen-lezen aanroep, dus er is niets naartoe verzonden.</translation>
    </message>
    <message>
        <source>The client certificate file “%1” cannot be read as a PEM certificate. Nothing was sent.</source>
        <translation>Het clientcertificaatbestand “%1” kan niet als PEM-certificaat worden gelezen. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>The client key file “%1” cannot be read as a PEM private key (RSA or EC), or its passphrase is wrong. Nothing was sent.</source>
        <translation>Het clientsleutelbestand “%1” kan niet als PEM-privésleutel (RSA of EC) worden gelezen, of de wachtwoordzin is onjuist. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>The field “%1” is not a valid template. Open the credential&apos;s form to see what is wrong. Nothing was sent.</source>
        <translation>Het veld “%1” is geen geldig sjabloon. Open het formulier van de inloggegevens om te zien wat er mis is. Er is niets verzonden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot save the screenshot as %1.</source>
        <translation>Kan de schermafbeelding niet opslaan als %1.</translation>
    </message>
</context>
</TS>
