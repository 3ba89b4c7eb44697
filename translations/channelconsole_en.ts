<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cc::CommandLine</name>
    <message>
        <source>Channel Console: manage the API credentials of SMS and MMS providers.</source>
        <translation>Channel Console: manage the API credentials of SMS and MMS providers.</translation>
    </message>
    <message>
        <source>Use the credentials file &lt;file&gt; instead of the default one.</source>
        <translation>Use the credentials file &lt;file&gt; instead of the default one.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Save a picture of the main window as &lt;png&gt;, then quit.</source>
        <translation>Save a picture of the main window as &lt;png&gt;, then quit.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, fr or nl) for this run.</source>
        <translation>Use &lt;language&gt; (en, fr or nl) for this run.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or nl.</source>
        <translation>Unknown language &quot;%1&quot;: use en, fr or nl.</translation>
    </message>
</context>
<context>
    <name>cc::Credential</name>
    <message>
        <source>an entry has no valid id</source>
        <translation>an entry has no valid id</translation>
    </message>
    <message>
        <source>entry %1 names an unknown SMS vendor &quot;%2&quot;</source>
        <translation>entry %1 names an unknown SMS vendor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry %1 has no valid created or modified time</source>
        <translation>entry %1 has no valid created or modified time</translation>
    </message>
    <message>
        <source>entry %1 has no fields</source>
        <translation>entry %1 has no fields</translation>
    </message>
    <message>
        <source>entry %1 holds the secret field &quot;%2&quot; in the file; secrets belong in the keychain</source>
        <translation>entry %1 holds the secret field &quot;%2&quot; in the file; secrets belong in the keychain</translation>
    </message>
    <message>
        <source>entry %1 has no name</source>
        <translation>entry %1 has no name</translation>
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
        <translation>Failing (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>SMS vendor</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>cc::CredentialRepository</name>
    <message>
        <source>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</source>
        <translation>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</translation>
    </message>
    <message>
        <source>The credentials were not deleted, because their secrets could not be removed from the keychain. %1</source>
        <translation>The credentials were not deleted, because their secrets could not be removed from the keychain. %1</translation>
    </message>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>These API credentials no longer exist.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message numerus="yes">
        <source>The credentials file %1 is truncated: it ends after %n bytes, in the middle of its content.</source>
        <translation>
            <numerusform>The credentials file %1 is truncated: it ends after %n byte, in the middle of its content.</numerusform>
            <numerusform>The credentials file %1 is truncated: it ends after %n bytes, in the middle of its content.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: it is not valid JSON (%2 at byte %3).</source>
        <translation>The credentials file %1 is damaged: it is not valid JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a Channel Console credentials file.</source>
        <translation>The file %1 is not a Channel Console credentials file.</translation>
    </message>
    <message>
        <source>The credentials file %1 was written by a newer version of Channel Console (file format %2; this version reads up to %3). Update Channel Console to use it.</source>
        <translation>The credentials file %1 was written by a newer version of Channel Console (file format %2; this version reads up to %3). Update Channel Console to use it.</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: its format version or its list of credentials is missing.</source>
        <translation>The credentials file %1 is damaged: its format version or its list of credentials is missing.</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: %2.</source>
        <translation>The credentials file %1 is damaged: %2.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>an entry is not an object</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read: %2. Check its permissions.</source>
        <translation>The credentials file %1 cannot be read: %2. Check its permissions.</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>A copy was kept as %1.</translation>
    </message>
    <message>
        <source>The credentials file %1 was not loaded, so it is not overwritten. Choose to start afresh, or repair the file and restart.</source>
        <translation>The credentials file %1 was not loaded, so it is not overwritten. Choose to start afresh, or repair the file and restart.</translation>
    </message>
    <message>
        <source>Cannot write the credentials file %1: %2.</source>
        <translation>Cannot write the credentials file %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the credentials file %1: %2. The previous version is unchanged.</source>
        <translation>Cannot write the credentials file %1: %2. The previous version is unchanged.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialsPage</name>
    <message>
        <source>Administration › Channels › API Credentials</source>
        <extracomment>The place of this page in the platform&apos;s navigation.</extracomment>
        <translation>Administration › Channels › API Credentials</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>API Credentials</translation>
    </message>
    <message>
        <source>Start with an empty list</source>
        <translation>Start with an empty list</translation>
    </message>
    <message>
        <source>Search by name or identifier</source>
        <translation>Search by name or identifier</translation>
    </message>
    <message>
        <source>All SMS vendors</source>
        <translation>All SMS vendors</translation>
    </message>
    <message>
        <source>Show only the API credentials of one SMS vendor</source>
        <translation>Show only the API credentials of one SMS vendor</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected API credentials and their secrets</source>
        <translation>Delete the selected API credentials and their secrets</translation>
    </message>
    <message>
        <source>Create new API credentials</source>
        <translation>Create new API credentials</translation>
    </message>
    <message>
        <source>No API credentials yet</source>
        <translation>No API credentials yet</translation>
    </message>
    <message>
        <source>API credentials connect the platform to your SMS vendor&apos;s account: Sinch for SMS, Sinch MMS for multimedia messages, or Infobip. Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</source>
        <translation>API credentials connect the platform to your SMS vendor&apos;s account: Sinch for SMS, Sinch MMS for multimedia messages, or Infobip. Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</translation>
    </message>
    <message>
        <source>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</source>
        <translation>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</translation>
    </message>
</context>
<context>
    <name>cc::Fields</name>
    <message>
        <source>API base URL</source>
        <translation>API base URL</translation>
    </message>
    <message>
        <source>On the homepage of your Infobip web interface or on the API key management page, for example https://xxxxx.api.infobip.com.</source>
        <translation>On the homepage of your Infobip web interface or on the API key management page, for example https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>On the API key management page of your Infobip web interface. Kept in the system keychain.</source>
        <translation>On the API key management page of your Infobip web interface. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Principal Entity ID</source>
        <translation>Principal Entity ID</translation>
    </message>
    <message>
        <source>Enter your assigned DLT principal entity ID.</source>
        <translation>Enter your assigned DLT principal entity ID.</translation>
    </message>
    <message>
        <source>Content Template ID</source>
        <translation>Content Template ID</translation>
    </message>
    <message>
        <source>Enter your registered DLT content template ID.</source>
        <translation>Enter your registered DLT content template ID.</translation>
    </message>
    <message>
        <source>Validity Period</source>
        <translation>Validity Period</translation>
    </message>
    <message>
        <source>Enter the message validity period in hours. If messages cannot be delivered within this time frame, the system makes further attempts to resend them. The default validity period is 48 hours.</source>
        <translation>Enter the message validity period in hours. If messages cannot be delivered within this time frame, the system makes further attempts to resend them. The default validity period is 48 hours.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Callback Data</source>
        <translation>Callback Data</translation>
    </message>
    <message>
        <source>Enter the additional client data that will be sent on the notify URL.</source>
        <translation>Enter the additional client data that will be sent on the notify URL.</translation>
    </message>
    <message>
        <source>Inbound Number</source>
        <translation>Inbound Number</translation>
    </message>
    <message>
        <source>Add your unique inbound number, in international form (+ and country code) or as a short code. It lets you use the same API credentials in different sandboxes, each with its own inbound number.</source>
        <translation>Add your unique inbound number, in international form (+ and country code) or as a short code. It lets you use the same API credentials in different sandboxes, each with its own inbound number.</translation>
    </message>
    <message>
        <source>Custom Inbound Keywords</source>
        <translation>Custom Inbound Keywords</translation>
    </message>
    <message>
        <source>Define unique keywords for specific actions, for example DISCOUNT, OFFERS, ENROLL. They are captured and stored as profile attributes, so that a journey can react to them.</source>
        <translation>Define unique keywords for specific actions, for example DISCOUNT, OFFERS, ENROLL. They are captured and stored as profile attributes, so that a journey can react to them.</translation>
    </message>
    <message>
        <source>Default Inbound Reply Message</source>
        <translation>Default Inbound Reply Message</translation>
    </message>
    <message>
        <source>Enter the default reply sent when an end user sends an inbound SMS that matches none of the defined keywords.</source>
        <translation>Enter the default reply sent when an end user sends an inbound SMS that matches none of the defined keywords.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Project ID</translation>
    </message>
    <message>
        <source>On the Conversation API Overview page of your Sinch project, in your Sinch dashboard.</source>
        <translation>On the Conversation API Overview page of your Sinch project, in your Sinch dashboard.</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>API Token</source>
        <translation>API Token</translation>
    </message>
    <message>
        <source>The Base64 API token generated from your Sinch project&apos;s access keys (key ID and key secret). Kept in the system keychain.</source>
        <translation>The Base64 API token generated from your Sinch project&apos;s access keys (key ID and key secret). Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Service Plan ID</source>
        <translation>Service Plan ID</translation>
    </message>
    <message>
        <source>On the SMS tab of the APIs page in your Sinch dashboard.</source>
        <translation>On the SMS tab of the APIs page in your Sinch dashboard.</translation>
    </message>
    <message>
        <source>SMS API Token</source>
        <translation>SMS API Token</translation>
    </message>
    <message>
        <source>On the SMS tab of the APIs page, next to the Service Plan ID. Kept in the system keychain.</source>
        <translation>On the SMS tab of the APIs page, next to the Service Plan ID. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>United States (us)</source>
        <translation>United States (us)</translation>
    </message>
    <message>
        <source>Europe (eu)</source>
        <translation>Europe (eu)</translation>
    </message>
    <message>
        <source>Brazil (br)</source>
        <translation>Brazil (br)</translation>
    </message>
    <message>
        <source>Leave empty to use the Conversation API host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Leave empty to use the Conversation API host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Service ID</translation>
    </message>
    <message>
        <source>On the APIs page of your Sinch dashboard, under the SMS tab (the service plan ID).</source>
        <translation>On the APIs page of your Sinch dashboard, under the SMS tab (the service plan ID).</translation>
    </message>
    <message>
        <source>On the APIs page of your Sinch dashboard, under the SMS tab, next to the Service ID. Kept in the system keychain.</source>
        <translation>On the APIs page of your Sinch dashboard, under the SMS tab, next to the Service ID. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Australia (au)</source>
        <translation>Australia (au)</translation>
    </message>
    <message>
        <source>Canada (ca)</source>
        <translation>Canada (ca)</translation>
    </message>
    <message>
        <source>Leave empty to use Sinch&apos;s SMS host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Leave empty to use Sinch&apos;s SMS host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose a name for your API credential.</source>
        <translation>Choose a name for your API credential.</translation>
    </message>
    <message>
        <source>Opt-In Keywords</source>
        <translation>Opt-In Keywords</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-In Message. For multiple keywords, use comma-separated values.</source>
        <translation>Enter the default or custom keywords that will automatically trigger your Opt-In Message. For multiple keywords, use comma-separated values.</translation>
    </message>
    <message>
        <source>Opt-In Message</source>
        <translation>Opt-In Message</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-In Message.</source>
        <translation>Enter the custom response that is automatically sent as your Opt-In Message.</translation>
    </message>
    <message>
        <source>Opt-Out Keywords</source>
        <translation>Opt-Out Keywords</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-Out Message. For multiple keywords, use comma-separated values.</source>
        <translation>Enter the default or custom keywords that will automatically trigger your Opt-Out Message. For multiple keywords, use comma-separated values.</translation>
    </message>
    <message>
        <source>Opt-Out Message</source>
        <translation>Opt-Out Message</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-Out Message.</source>
        <translation>Enter the custom response that is automatically sent as your Opt-Out Message.</translation>
    </message>
    <message>
        <source>Help Keywords</source>
        <translation>Help Keywords</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Help Message. For multiple keywords, use comma-separated values.</source>
        <translation>Enter the default or custom keywords that will automatically trigger your Help Message. For multiple keywords, use comma-separated values.</translation>
    </message>
    <message>
        <source>Help Message</source>
        <translation>Help Message</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Help Message.</source>
        <translation>Enter the custom response that is automatically sent as your Help Message.</translation>
    </message>
    <message>
        <source>Double Opt-In Keywords</source>
        <translation>Double Opt-In Keywords</translation>
    </message>
    <message>
        <source>Enter the keywords which trigger the double opt-in process. If a user profile does not exist, it is created upon successful confirmation. For multiple keywords, use comma-separated values.</source>
        <translation>Enter the keywords which trigger the double opt-in process. If a user profile does not exist, it is created upon successful confirmation. For multiple keywords, use comma-separated values.</translation>
    </message>
    <message>
        <source>Double Opt-In Message</source>
        <translation>Double Opt-In Message</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent in response to the double opt-in confirmation.</source>
        <translation>Enter the custom response that is automatically sent in response to the double opt-in confirmation.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The region your account was created in. The APIs are regional: a wrong region fails with an authentication or not-found error.</source>
        <translation>The region your account was created in. The APIs are regional: a wrong region fails with an authentication or not-found error.</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API endpoint</translation>
    </message>
</context>
<context>
    <name>cc::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>About Channel Console</source>
        <translation>About Channel Console</translation>
    </message>
    <message>
        <source>Channel Console %1
Manage the API credentials of your SMS and MMS providers.</source>
        <translation>Channel Console %1
Manage the API credentials of your SMS and MMS providers.</translation>
    </message>
    <message>
        <source>The damaged file will be replaced when you next save; its copy is kept.</source>
        <translation>The damaged file will be replaced when you next save; its copy is kept.</translation>
    </message>
    <message>
        <source>The file is left as it is and nothing will be saved over it unless you choose to start with an empty list.</source>
        <translation>The file is left as it is and nothing will be saved over it unless you choose to start with an empty list.</translation>
    </message>
    <message>
        <source>Delete the API credentials &quot;%1&quot;? Their secrets are removed from the system keychain too. This cannot be undone.</source>
        <translation>Delete the API credentials &quot;%1&quot;? Their secrets are removed from the system keychain too. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API credentials (%1)? Their secrets are removed from the system keychain too. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n set of API credentials (%1)? Its secrets are removed from the system keychain too. This cannot be undone.</numerusform>
            <numerusform>Delete %n API credentials (%1)? Their secrets are removed from the system keychain too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API credentials</source>
        <translation>Delete API credentials</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Channel Console</source>
        <translation>Channel Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Credentials</translation>
    </message>
    <message>
        <source>Create new API credentials…</source>
        <translation>Create new API credentials…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Channel Console</source>
        <translation>&amp;About Channel Console</translation>
    </message>
</context>
<context>
    <name>cc::NetError</name>
    <message>
        <source>The vendor rejected the credentials (HTTP 401). Check the API token or key, and that it belongs to this service plan or project.</source>
        <translation>The vendor rejected the credentials (HTTP 401). Check the API token or key, and that it belongs to this service plan or project.</translation>
    </message>
    <message>
        <source>The credentials are valid but lack a permission (HTTP 403). Give the key or token the scope this action needs in the vendor&apos;s dashboard.</source>
        <translation>The credentials are valid but lack a permission (HTTP 403). Give the key or token the scope this action needs in the vendor&apos;s dashboard.</translation>
    </message>
    <message>
        <source>The vendor does not know this account (HTTP 404). Check the service plan ID, project ID, app ID and region: a wrong region also gives this error.</source>
        <translation>The vendor does not know this account (HTTP 404). Check the service plan ID, project ID, app ID and region: a wrong region also gives this error.</translation>
    </message>
    <message>
        <source>The vendor refused the request as invalid (HTTP 400). Check the phone numbers and fields.</source>
        <translation>The vendor refused the request as invalid (HTTP 400). Check the phone numbers and fields.</translation>
    </message>
    <message>
        <source>The vendor refused the request as invalid (HTTP 400): %1</source>
        <translation>The vendor refused the request as invalid (HTTP 400): %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the vendor asks to wait %n second(s) before trying again (HTTP 429).</source>
        <translation>
            <numerusform>Too many requests: the vendor asks to wait %n second before trying again (HTTP 429).</numerusform>
            <numerusform>Too many requests: the vendor asks to wait %n seconds before trying again (HTTP 429).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the vendor asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation>Too many requests: the vendor asks to slow down (HTTP 429). Try again in a moment.</translation>
    </message>
    <message>
        <source>The vendor&apos;s service is unavailable (HTTP %1). Try again later; if it persists, check the vendor&apos;s status page.</source>
        <translation>The vendor&apos;s service is unavailable (HTTP %1). Try again later; if it persists, check the vendor&apos;s status page.</translation>
    </message>
    <message>
        <source>The vendor answered with an unexpected HTTP status %1.</source>
        <translation>The vendor answered with an unexpected HTTP status %1.</translation>
    </message>
    <message>
        <source>The vendor answered with HTTP status %1: %2</source>
        <translation>The vendor answered with HTTP status %1: %2</translation>
    </message>
    <message>
        <source>The vendor did not answer in time. Check your network connection and the API endpoint, then try again.</source>
        <translation>The vendor did not answer in time. Check your network connection and the API endpoint, then try again.</translation>
    </message>
    <message>
        <source>The vendor&apos;s host name could not be found. Check the API base URL or endpoint and your network connection.</source>
        <translation>The vendor&apos;s host name could not be found. Check the API base URL or endpoint and your network connection.</translation>
    </message>
    <message>
        <source>The secure connection to the vendor failed (TLS certificate or handshake). Nothing was sent. Check the address; a network that intercepts HTTPS can also cause this.</source>
        <translation>The secure connection to the vendor failed (TLS certificate or handshake). Nothing was sent. Check the address; a network that intercepts HTTPS can also cause this.</translation>
    </message>
    <message>
        <source>The connection to the vendor failed or was closed early. Check the address and your network, then try again.</source>
        <translation>The connection to the vendor failed or was closed early. Check the address and your network, then try again.</translation>
    </message>
    <message>
        <source>Plain http:// is refused except for this computer&apos;s own addresses. Use an https:// address.</source>
        <translation>Plain http:// is refused except for this computer&apos;s own addresses. Use an https:// address.</translation>
    </message>
    <message>
        <source>The vendor redirected the request elsewhere; it was not followed. Check the API base URL or endpoint.</source>
        <translation>The vendor redirected the request elsewhere; it was not followed. Check the API base URL or endpoint.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer was unexpectedly large and was cut off. Check the API base URL or endpoint.</source>
        <translation>The vendor&apos;s answer was unexpectedly large and was cut off. Check the API base URL or endpoint.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer could not be understood. Check that the API base URL or endpoint points at the vendor&apos;s API.</source>
        <translation>The vendor&apos;s answer could not be understood. Check that the API base URL or endpoint points at the vendor&apos;s API.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>cc::NetPolicy</name>
    <message>
        <source>Enter a full address that starts with https:// and names a host, for example https://xxxxx.api.infobip.com.</source>
        <translation>Enter a full address that starts with https:// and names a host, for example https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <source>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</source>
        <translation>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; is not supported.</source>
        <translation>Use an https:// address; &quot;%1&quot; is not supported.</translation>
    </message>
</context>
<context>
    <name>cc::SecretStore</name>
    <message>
        <source>The secret was not found in the system keychain, or the keychain is locked. Unlock your keychain, or enter the secret again.</source>
        <translation>The secret was not found in the system keychain, or the keychain is locked. Unlock your keychain, or enter the secret again.</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so secrets cannot be stored or read. Start your desktop&apos;s keyring service (for example GNOME Keyring or KWallet) and try again. Nothing was saved in its place.</source>
        <translation>No system keychain is reachable, so secrets cannot be stored or read. Start your desktop&apos;s keyring service (for example GNOME Keyring or KWallet) and try again. Nothing was saved in its place.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again. Nothing was saved in its place.</source>
        <translation>The system keychain is locked or refused access. Unlock it and try again. Nothing was saved in its place.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it persists, restart your keyring service.</source>
        <translation>The system keychain reported an error. Try again; if it persists, restart your keyring service.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot save the screenshot as %1.</source>
        <translation>Cannot save the screenshot as %1.</translation>
    </message>
</context>
</TS>
