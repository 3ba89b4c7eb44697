<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
        <translation>Identificatie</translation>
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
</context>
<context>
    <name>cc::CredentialRepository</name>
    <message>
        <source>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</source>
        <translation>De naam “%1” wordt al gebruikt door andere API-inloggegevens. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The credentials were not deleted, because their secrets could not be removed from the keychain. %1</source>
        <translation>De inloggegevens zijn niet verwijderd, omdat hun geheimen niet uit de sleutelbos konden worden verwijderd. %1</translation>
    </message>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>Deze API-inloggegevens bestaan niet meer.</translation>
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
        <source>The credentials file %1 was not loaded, so it is not overwritten. Choose to start afresh, or repair the file and restart.</source>
        <translation>Het bestand met inloggegevens %1 is niet geladen en wordt daarom niet overschreven. Kies ervoor opnieuw te beginnen, of herstel het bestand en start opnieuw.</translation>
    </message>
    <message>
        <source>Cannot write the credentials file %1: %2.</source>
        <translation>Kan het bestand met inloggegevens %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Cannot write the credentials file %1: %2. The previous version is unchanged.</source>
        <translation>Kan het bestand met inloggegevens %1 niet schrijven: %2. De vorige versie is ongewijzigd.</translation>
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
        <translation>Zoeken op naam of identificatie</translation>
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
        <source>API credentials connect the platform to your SMS vendor&apos;s account: Sinch for SMS, Sinch MMS for multimedia messages, or Infobip. Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</source>
        <translation>API-inloggegevens verbinden het platform met het account bij uw sms-leverancier: Sinch voor sms, Sinch MMS voor multimediaberichten, of Infobip. Maak ze aan met de identificaties en tokens uit het dashboard van uw leverancier. Tokens en sleutels worden bewaard in de sleutelbos van uw systeem, nooit in een bestand.</translation>
    </message>
    <message>
        <source>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</source>
        <translation>Er zijn geen API-inloggegevens die overeenkomen met de zoekopdracht en het filter. Wis de zoekopdracht of kies “Alle sms-leveranciers”.</translation>
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
        <translation>Laat leeg om de Conversation API-host van de regio te gebruiken. Vul dit alleen in om de console naar een testserver te laten wijzen; gewoon http wordt alleen voor loopback-adressen geaccepteerd.</translation>
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
        <translation>Voer de standaard- of aangepaste trefwoorden in die automatisch uw opt-inbericht versturen. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Opt-In Message</source>
        <translation>Opt-inbericht</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-In Message.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch als uw opt-inbericht wordt verzonden.</translation>
    </message>
    <message>
        <source>Opt-Out Keywords</source>
        <translation>Opt-out-trefwoorden</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-Out Message. For multiple keywords, use comma-separated values.</source>
        <translation>Voer de standaard- of aangepaste trefwoorden in die automatisch uw opt-outbericht versturen. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Opt-Out Message</source>
        <translation>Opt-outbericht</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-Out Message.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch als uw opt-outbericht wordt verzonden.</translation>
    </message>
    <message>
        <source>Help Keywords</source>
        <translation>Help-trefwoorden</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Help Message. For multiple keywords, use comma-separated values.</source>
        <translation>Voer de standaard- of aangepaste trefwoorden in die automatisch uw helpbericht versturen. Scheid meerdere trefwoorden met komma’s.</translation>
    </message>
    <message>
        <source>Help Message</source>
        <translation>Helpbericht</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Help Message.</source>
        <translation>Voer het aangepaste antwoord in dat automatisch als uw helpbericht wordt verzonden.</translation>
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
        <translation>De regio waarin uw account is aangemaakt. De API’s zijn regionaal: met een verkeerde regio mislukken aanroepen met een authenticatiefout of een fout ‘niet gevonden’.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-eindpunt</translation>
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
        <source>The damaged file will be replaced when you next save; its copy is kept.</source>
        <translation>Het beschadigde bestand wordt vervangen wanneer u de volgende keer opslaat; de kopie ervan blijft bewaard.</translation>
    </message>
    <message>
        <source>The file is left as it is and nothing will be saved over it unless you choose to start with an empty list.</source>
        <translation>Het bestand blijft zoals het is en er wordt niets overheen opgeslagen, tenzij u ervoor kiest met een lege lijst te beginnen.</translation>
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
</context>
<context>
    <name>cc::NetPolicy</name>
    <message>
        <source>Enter a full address that starts with https:// and names a host, for example https://xxxxx.api.infobip.com.</source>
        <translation>Voer een volledig adres in dat met https:// begint en een host noemt, bijvoorbeeld https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <source>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</source>
        <translation>Gebruik https://: gewoon http:// wordt alleen geaccepteerd voor de eigen adressen van deze computer (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; is not supported.</source>
        <translation>Gebruik een https://-adres; “%1” wordt niet ondersteund.</translation>
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
    <name>main</name>
    <message>
        <source>Cannot save the screenshot as %1.</source>
        <translation>Kan de schermafbeelding niet opslaan als %1.</translation>
    </message>
</context>
</TS>
