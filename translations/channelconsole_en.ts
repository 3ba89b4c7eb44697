<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cc::ActivityLog</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Test send</translation>
    </message>
    <message>
        <source>Channel set-up</source>
        <translation>Channel set-up</translation>
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
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API credentials</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Replace secret</source>
        <translation>Replace secret</translation>
    </message>
</context>
<context>
    <name>cc::ActivityLogDialog</name>
    <message>
        <source>Export the activity log</source>
        <translation>Export the activity log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Filter by credentials or detail</source>
        <translation>Filter by credentials or detail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the log file were skipped.</source>
        <translation>
            <numerusform>%n damaged line of the log file was skipped.</numerusform>
            <numerusform>%n damaged lines of the log file were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>cc::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API credentials</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>cc::ChannelSetupDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Webhook target URL: %1</source>
        <translation>Webhook target URL: %1</translation>
    </message>
    <message>
        <source>Setting up the SMS channel…</source>
        <translation>Setting up the SMS channel…</translation>
    </message>
    <message>
        <source>SMS channel state: %1</source>
        <translation>SMS channel state: %1</translation>
    </message>
    <message>
        <source>Set up the SMS channel</source>
        <translation>Set up the SMS channel</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Webhook target URL</source>
        <translation>Webhook target URL</translation>
    </message>
    <message>
        <source>Optional: where the Conversation API posts inbound messages (MESSAGE_INBOUND).</source>
        <translation>Optional: where the Conversation API posts inbound messages (MESSAGE_INBOUND).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Set up the inbound webhook</source>
        <translation>Set up the inbound webhook</translation>
    </message>
    <message>
        <source>Connects the Sinch Conversation app %1 of &quot;%2&quot; to the SMS service plan %3: its SMS channel gets the service plan ID and SMS API token; the app&apos;s other channels are kept.</source>
        <translation>Connects the Sinch Conversation app %1 of &quot;%2&quot; to the SMS service plan %3: its SMS channel gets the service plan ID and SMS API token; the app&apos;s other channels are kept.</translation>
    </message>
    <message>
        <source>Sinch&apos;s documentation gives SMS callback addresses for its eu1 and us1 adapters only, none for region %1. Link service plan %2 to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address; the console does not guess one.</source>
        <translation>Sinch&apos;s documentation gives SMS callback addresses for its eu1 and us1 adapters only, none for region %1. Link service plan %2 to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address; the console does not guess one.</translation>
    </message>
    <message>
        <source>Set this as the callback URL of service plan %1 in the Sinch dashboard (SMS &gt; APIs). It is the address Sinch&apos;s current SMS channel documentation gives: host xms-adapter, region %2, not the API&apos;s region code %3. An older copy of that page showed whatsapp-adapter; the console follows Sinch&apos;s current documentation.</source>
        <translation>Set this as the callback URL of service plan %1 in the Sinch dashboard (SMS &gt; APIs). It is the address Sinch&apos;s current SMS channel documentation gives: host xms-adapter, region %2, not the API&apos;s region code %3. An older copy of that page showed whatsapp-adapter; the console follows Sinch&apos;s current documentation.</translation>
    </message>
    <message>
        <source>Fetch the Conversation app&apos;s settings</source>
        <translation>Fetch the Conversation app&apos;s settings</translation>
    </message>
    <message>
        <source>Fetch the app&apos;s webhooks</source>
        <translation>Fetch the app&apos;s webhooks</translation>
    </message>
    <message>
        <source>Add or update the app&apos;s SMS channel</source>
        <translation>Add or update the app&apos;s SMS channel</translation>
    </message>
    <message>
        <source>Check the SMS channel&apos;s state</source>
        <translation>Check the SMS channel&apos;s state</translation>
    </message>
    <message>
        <source>Steps of the set-up</source>
        <translation>Steps of the set-up</translation>
    </message>
</context>
<context>
    <name>cc::CheckAllDialog</name>
    <message>
        <source>Checked %1 of %2…</source>
        <translation>Checked %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n API credential(s)…</source>
        <translation>
            <numerusform>Checking %n set of API credentials…</numerusform>
            <numerusform>Checking %n API credentials…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check API credentials</source>
        <translation>Check API credentials</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API credentials</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Outcome of each check</source>
        <translation>Outcome of each check</translation>
    </message>
</context>
<context>
    <name>cc::CheckAllRunner</name>
    <message numerus="yes">
        <source>%n checked: %1 OK, %2 failing; %3 not checked (cancelled).</source>
        <translation>
            <numerusform>%n checked: %1 OK, %2 failing; %3 not checked (cancelled).</numerusform>
            <numerusform>%n checked: %1 OK, %2 failing; %3 not checked (cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked: %1 OK, %2 failing.</source>
        <translation>
            <numerusform>%n checked: %1 OK, %2 failing.</numerusform>
            <numerusform>%n checked: %1 OK, %2 failing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::Cli</name>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Print the outcome as JSON.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>The recipient, in E.164 form (+ and country code).</source>
        <translation>The recipient, in E.164 form (+ and country code).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Skip, rather than rename, credentials whose name is taken.</source>
        <translation>Skip, rather than rename, credentials whose name is taken.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>No API credentials named &quot;%1&quot;. See: channel-console list</source>
        <translation>No API credentials named &quot;%1&quot;. See: channel-console list</translation>
    </message>
    <message>
        <source>Cannot read the secrets from standard input.</source>
        <translation>Cannot read the secrets from standard input.</translation>
    </message>
    <message>
        <source>No secrets on standard input: give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</source>
        <translation>No secrets on standard input: give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>--secrets-stdin needs a file with exactly one credential to import; this one has %1.</source>
        <translation>--secrets-stdin needs a file with exactly one credential to import; this one has %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;?</source>
        <translation>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Nothing was imported: the errors above say why.</source>
        <translation>Nothing was imported: the errors above say why.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 API credentials to import were saved; the errors above say why.</source>
        <translation>Only %1 of the %2 API credentials to import were saved; the errors above say why.</translation>
    </message>
    <message>
        <source>The message text; for an MMS, the text shown with the media (optional).</source>
        <translation>The message text; for an MMS, the text shown with the media (optional).</translation>
    </message>
    <message>
        <source>The https address of the image or file to send as an MMS. Only with API credentials of %1.</source>
        <translation>The https address of the image or file to send as an MMS. Only with API credentials of %1.</translation>
    </message>
    <message>
        <source>The sender: a number or name the account may send from (the account&apos;s default without it). Only with API credentials of %1.</source>
        <translation>The sender: a number or name the account may send from (the account&apos;s default without it). Only with API credentials of %1.</translation>
    </message>
    <message>
        <source>Also create a webhook that sends inbound messages to &lt;url&gt; (https).</source>
        <translation>Also create a webhook that sends inbound messages to &lt;url&gt; (https).</translation>
    </message>
    <message>
        <source>Export every API credential (the default without names).</source>
        <translation>Export every API credential (the default without names).</translation>
    </message>
    <message>
        <source>Read the secrets from standard input, as a JSON object {&quot;apiToken&quot;: &quot;…&quot;} or key=value lines, instead of the keychain.</source>
        <translation>Read the secrets from standard input, as a JSON object {&quot;apiToken&quot;: &quot;…&quot;} or key=value lines, instead of the keychain.</translation>
    </message>
    <message>
        <source>Use the database &lt;file&gt; instead of the default one.</source>
        <translation>Use the database &lt;file&gt; instead of the default one.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, fr or nl) for this run.</source>
        <translation>Use &lt;language&gt; (en, fr or nl) for this run.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>the name or id of the API credentials</source>
        <translation>the name or id of the API credentials</translation>
    </message>
    <message>
        <source>List the API credentials.</source>
        <translation>List the API credentials.</translation>
    </message>
    <message>
        <source>channel-console check &lt;name|id&gt; [--secrets-stdin] [--json]</source>
        <translation>channel-console check &lt;name|id&gt; [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Check API credentials with their vendor; nothing is sent.</source>
        <translation>Check API credentials with their vendor; nothing is sent.</translation>
    </message>
    <message>
        <source>Makes a read-only call to the vendor with the API credentials and says whether the vendor accepts them. Nothing is sent to anybody. The outcome is kept as the list&apos;s last check.</source>
        <translation>Makes a read-only call to the vendor with the API credentials and says whether the vendor accepts them. Nothing is sent to anybody. The outcome is kept as the list&apos;s last check.</translation>
    </message>
    <message>
        <source>channel-console setup-channel &lt;name|id&gt; [--webhook &lt;url&gt;] [--secrets-stdin] [--json]</source>
        <translation>channel-console setup-channel &lt;name|id&gt; [--webhook &lt;url&gt;] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>channel-console import &lt;file&gt; [--skip-existing] [--secrets-stdin] [--json]</source>
        <translation>channel-console import &lt;file&gt; [--skip-existing] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Import API credentials from an export file.</source>
        <translation>Import API credentials from an export file.</translation>
    </message>
    <message>
        <source>Imports the API credentials of a file written by export (or by the window&apos;s Export selected). The whole file is checked first: if any entry is refused, nothing is imported. A name already in use is renamed, or skipped with --skip-existing. Exports hold no secrets: with --secrets-stdin, a file of one credential gets its secrets from standard input.</source>
        <translation>Imports the API credentials of a file written by export (or by the window&apos;s Export selected). The whole file is checked first: if any entry is refused, nothing is imported. A name already in use is renamed, or skipped with --skip-existing. Exports hold no secrets: with --secrets-stdin, a file of one credential gets its secrets from standard input.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>the file to import</translation>
    </message>
    <message>
        <source>channel-console export &lt;file&gt; [&lt;name|id&gt;...] [--all] [--json]</source>
        <translation>channel-console export &lt;file&gt; [&lt;name|id&gt;...] [--all] [--json]</translation>
    </message>
    <message>
        <source>Export API credentials to a file, without their secrets.</source>
        <translation>Export API credentials to a file, without their secrets.</translation>
    </message>
    <message>
        <source>Writes the non-secret settings of the named API credentials, or of all of them without names, to &lt;file&gt; (readable by you only), or to standard output for -. The file is what import and the window&apos;s Import read. Secrets are never exported.</source>
        <translation>Writes the non-secret settings of the named API credentials, or of all of them without names, to &lt;file&gt; (readable by you only), or to standard output for -. The file is what import and the window&apos;s Import read. Secrets are never exported.</translation>
    </message>
    <message>
        <source>the file to write (- for standard output)</source>
        <translation>the file to write (- for standard output)</translation>
    </message>
    <message>
        <source>channel-console help [&lt;command&gt;|exit-codes]</source>
        <translation>channel-console help [&lt;command&gt;|exit-codes]</translation>
    </message>
    <message>
        <source>Show the help of a command, or the exit codes.</source>
        <translation>Show the help of a command, or the exit codes.</translation>
    </message>
    <message>
        <source>Shows the help of a command (the same as channel-console &lt;command&gt; --help), or with exit-codes what each exit code means.</source>
        <translation>Shows the help of a command (the same as channel-console &lt;command&gt; --help), or with exit-codes what each exit code means.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Exit codes: channel-console help exit-codes</source>
        <translation>Exit codes: channel-console help exit-codes</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>another failure (a file that cannot be read or written, ...)</source>
        <translation>another failure (a file that cannot be read or written, ...)</translation>
    </message>
    <message>
        <source>usage: an unknown command or option, a missing argument, or an option the API credentials&apos; vendor cannot honour (nothing is sent)</source>
        <translation>usage: an unknown command or option, a missing argument, or an option the API credentials&apos; vendor cannot honour (nothing is sent)</translation>
    </message>
    <message>
        <source>no API credentials with that name or id</source>
        <translation>no API credentials with that name or id</translation>
    </message>
    <message>
        <source>a secret is missing, or the keychain is unreachable or locked</source>
        <translation>a secret is missing, or the keychain is unreachable or locked</translation>
    </message>
    <message>
        <source>the database: damaged, newer, not a regular file, or a change it could not save (a full disk, another process&apos;s lock)</source>
        <translation>the database: damaged, newer, not a regular file, or a change it could not save (a full disk, another process&apos;s lock)</translation>
    </message>
    <message>
        <source>invalid input: a rule of the form, a phone number, an import file</source>
        <translation>invalid input: a rule of the form, a phone number, an import file</translation>
    </message>
    <message>
        <source>the vendor rejected the credentials (HTTP 401, 403)</source>
        <translation>the vendor rejected the credentials (HTTP 401, 403)</translation>
    </message>
    <message>
        <source>unknown account, project, app or region (HTTP 404)</source>
        <translation>unknown account, project, app or region (HTTP 404)</translation>
    </message>
    <message>
        <source>the vendor&apos;s validation refused the request (HTTP 400)</source>
        <translation>the vendor&apos;s validation refused the request (HTTP 400)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429)</source>
        <translation>rate limited (HTTP 429)</translation>
    </message>
    <message>
        <source>the vendor is unavailable (HTTP 5xx)</source>
        <translation>the vendor is unavailable (HTTP 5xx)</translation>
    </message>
    <message>
        <source>network: timeout, DNS, TLS, connection; also a test send whose connection dropped after it went out (&quot;maybe-sent&quot;), which is never sent again by itself</source>
        <translation>network: timeout, DNS, TLS, connection; also a test send whose connection dropped after it went out (&quot;maybe-sent&quot;), which is never sent again by itself</translation>
    </message>
    <message>
        <source>a malformed, oversized or redirected answer</source>
        <translation>a malformed, oversized or redirected answer</translation>
    </message>
    <message>
        <source>Exit codes of the commands:</source>
        <translation>Exit codes of the commands:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are %2; see channel-console --help.</source>
        <translation>Unknown command &quot;%1&quot;. The commands are %2; see channel-console --help.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Without a command: save a picture of the main window as &lt;png&gt;, then quit.</source>
        <translation>Without a command: save a picture of the main window as &lt;png&gt;, then quit.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] &lt;command&gt; [&lt;arguments&gt;]</source>
        <translation>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] &lt;command&gt; [&lt;arguments&gt;]</translation>
    </message>
    <message>
        <source>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] [--screenshot &lt;png&gt;]   (the window)</source>
        <translation>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] [--screenshot &lt;png&gt;]   (the window)</translation>
    </message>
    <message>
        <source>Without a command, it opens the window.</source>
        <translation>Without a command, it opens the window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>A command&apos;s arguments and options: channel-console help &lt;command&gt;, or channel-console &lt;command&gt; --help.</source>
        <translation>A command&apos;s arguments and options: channel-console help &lt;command&gt;, or channel-console &lt;command&gt; --help.</translation>
    </message>
    <message>
        <source>What each exit code means: channel-console help exit-codes.</source>
        <translation>What each exit code means: channel-console help exit-codes.</translation>
    </message>
    <message>
        <source>The command help takes one command at most. See: channel-console help help</source>
        <translation>The command help takes one command at most. See: channel-console help help</translation>
    </message>
    <message>
        <source>The command %1 has no option %2. See: channel-console help %1</source>
        <translation>The command %1 has no option %2. See: channel-console help %1</translation>
    </message>
    <message>
        <source>The command %1 has no option %2. Did you mean %3?</source>
        <translation>The command %1 has no option %2. Did you mean %3?</translation>
    </message>
    <message>
        <source>The option %1 takes no value; give it without &quot;=%2&quot;.</source>
        <translation>The option %1 takes no value; give it without &quot;=%2&quot;.</translation>
    </message>
    <message>
        <source>The option %1 needs a value: %1 &lt;%2&gt;.</source>
        <translation>The option %1 needs a value: %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>The option %1 is given twice; give it once.</source>
        <translation>The option %1 is given twice; give it once.</translation>
    </message>
    <message>
        <source>The command %1 needs %2. See: channel-console help %1</source>
        <translation>The command %1 needs %2. See: channel-console help %1</translation>
    </message>
    <message>
        <source>The command %1 takes no argument, but &quot;%2&quot; was given. See: channel-console help %1</source>
        <translation>The command %1 takes no argument, but &quot;%2&quot; was given. See: channel-console help %1</translation>
    </message>
    <message numerus="yes">
        <source>The command %1 takes only %n argument(s); &quot;%2&quot; is one too many (put a name with spaces in quotes). See: channel-console help %1</source>
        <translation>
            <numerusform>The command %1 takes only %n argument; &quot;%2&quot; is one too many (put a name with spaces in quotes). See: channel-console help %1</numerusform>
            <numerusform>The command %1 takes only %n arguments; &quot;%2&quot; is one too many (put a name with spaces in quotes). See: channel-console help %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The command send needs --to &lt;number&gt;: the recipient, in E.164 form (+ and country code).</source>
        <translation>The command send needs --to &lt;number&gt;: the recipient, in E.164 form (+ and country code).</translation>
    </message>
    <message>
        <source>--all exports every API credential: give names or --all, not both.</source>
        <translation>--all exports every API credential: give names or --all, not both.</translation>
    </message>
    <message>
        <source>--json cannot be used with -: the export itself goes to standard output.</source>
        <translation>--json cannot be used with -: the export itself goes to standard output.</translation>
    </message>
    <message>
        <source>--media-url cannot be used with &quot;%1&quot;: %2 cannot send MMS with these API credentials. Nothing was sent. Send without --media-url, or with API credentials of %3.</source>
        <translation>--media-url cannot be used with &quot;%1&quot;: %2 cannot send MMS with these API credentials. Nothing was sent. Send without --media-url, or with API credentials of %3.</translation>
    </message>
    <message>
        <source>--from cannot be used with &quot;%1&quot;: %2 takes no sender with the message and sends from the number set up with the vendor. Nothing was sent. Send without --from.</source>
        <translation>--from cannot be used with &quot;%1&quot;: %2 takes no sender with the message and sends from the number set up with the vendor. Nothing was sent. Send without --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are %2 API credentials, which send MMS only: give the media&apos;s https address with --media-url (and a text with --text if you like).</source>
        <translation>&quot;%1&quot; are %2 API credentials, which send MMS only: give the media&apos;s https address with --media-url (and a text with --text if you like).</translation>
    </message>
    <message>
        <source>The command send needs --text &lt;text&gt;: the text of the message.</source>
        <translation>The command send needs --text &lt;text&gt;: the text of the message.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are %2 API credentials, which have no channel to set up: setup-channel works with API credentials of %3.</source>
        <translation>&quot;%1&quot; are %2 API credentials, which have no channel to set up: setup-channel works with API credentials of %3.</translation>
    </message>
    <message>
        <source>Standard input holds &quot;%1&quot;, which is no secret of %2 API credentials: give %3.</source>
        <translation>Standard input holds &quot;%1&quot;, which is no secret of %2 API credentials: give %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of &quot;%2&quot; is not on standard input: give it as %3=… or in a JSON object.</source>
        <translation>The field &quot;%1&quot; of &quot;%2&quot; is not on standard input: give it as %3=… or in a JSON object.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n API credential(s) without their secrets to %1.</source>
        <translation>
            <numerusform>Exported %n API credential without their secrets to %1.</numerusform>
            <numerusform>Exported %n API credentials without their secrets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the region that accepted the API credentials, when exactly one did.</source>
        <translation>Set the region that accepted the API credentials, when exactly one did.</translation>
    </message>
    <message>
        <source>channel-console detect-region &lt;name|id&gt; [--apply] [--secrets-stdin] [--json]</source>
        <translation>channel-console detect-region &lt;name|id&gt; [--apply] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Find the region the account of API credentials is in; nothing is sent.</source>
        <translation>Find the region the account of API credentials is in; nothing is sent.</translation>
    </message>
    <message>
        <source>Makes the read-only check of the API credentials against every region of their vendor at once and prints, for each region, whether it accepted them, rejected them, did not know the account or could not be reached, and how long it took. Nothing is sent to anybody. With --apply, the region that accepted them is set (when exactly one did).</source>
        <translation>Makes the read-only check of the API credentials against every region of their vendor at once and prints, for each region, whether it accepted them, rejected them, did not know the account or could not be reached, and how long it took. Nothing is sent to anybody. With --apply, the region that accepted them is set (when exactly one did).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>More than one region accepted the API credentials; the region was left as it is (%1).</source>
        <translation>More than one region accepted the API credentials; the region was left as it is (%1).</translation>
    </message>
    <message>
        <source>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</source>
        <translation>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</translation>
    </message>
    <message>
        <source>Region set to %1.</source>
        <translation>Region set to %1.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, the region they have.</source>
        <translation>The API credentials work in region %1, the region they have.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, not in %2. To set it: channel-console detect-region %3 --apply</source>
        <translation>The API credentials work in region %1, not in %2. To set it: channel-console detect-region %3 --apply</translation>
    </message>
    <message>
        <source>Print the request the message would make (method, address, headers and body, secrets masked) and send nothing.</source>
        <translation>Print the request the message would make (method, address, headers and body, secrets masked) and send nothing.</translation>
    </message>
    <message>
        <source>channel-console send &lt;name|id&gt; --to &lt;number&gt; [--text &lt;text&gt;] [--media-url &lt;url&gt;] [--from &lt;sender&gt;] [--dry-run] [--secrets-stdin] [--json]</source>
        <translation>channel-console send &lt;name|id&gt; --to &lt;number&gt; [--text &lt;text&gt;] [--media-url &lt;url&gt;] [--from &lt;sender&gt;] [--dry-run] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>The answer (secrets masked):</source>
        <translation>The answer (secrets masked):</translation>
    </message>
    <message>
        <source>Nothing was sent. The request would be (secrets masked):</source>
        <translation>Nothing was sent. The request would be (secrets masked):</translation>
    </message>
    <message>
        <source>The request (secrets masked):</source>
        <translation>The request (secrets masked):</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Flag the API credentials whose secrets were set more than &lt;days&gt; days ago.</source>
        <translation>Flag the API credentials whose secrets were set more than &lt;days&gt; days ago.</translation>
    </message>
    <message>
        <source>channel-console list [--max-secret-age &lt;days&gt;] [--json]</source>
        <translation>channel-console list [--max-secret-age &lt;days&gt;] [--json]</translation>
    </message>
    <message>
        <source>Lists the API credentials, one a line: name, SMS vendor, identifier, region, the outcome of the last check and the age of the secrets (since they were last set), flagged when older than --max-secret-age days. Secrets are never printed.</source>
        <translation>Lists the API credentials, one a line: name, SMS vendor, identifier, region, the outcome of the last check and the age of the secrets (since they were last set), flagged when older than --max-secret-age days. Secrets are never printed.</translation>
    </message>
    <message>
        <source>channel-console rotate &lt;name|id&gt; &lt;field&gt; --secrets-stdin [--json]</source>
        <translation>channel-console rotate &lt;name|id&gt; &lt;field&gt; --secrets-stdin [--json]</translation>
    </message>
    <message>
        <source>Replace a secret, once the vendor accepts the new value.</source>
        <translation>Replace a secret, once the vendor accepts the new value.</translation>
    </message>
    <message>
        <source>Reads the new value of the secret &lt;field&gt; (such as apiToken) from standard input, as {&quot;&lt;field&gt;&quot;: &quot;…&quot;} or &lt;field&gt;=…, and checks it with the vendor (a read-only call; nothing is sent to anybody) together with the other secrets from the keychain. Only when the vendor accepts it is it written to the keychain in place of the old one. If the check, the keychain or the database fails, the old value is kept and nothing changes. Every attempt is recorded in the activity log.</source>
        <translation>Reads the new value of the secret &lt;field&gt; (such as apiToken) from standard input, as {&quot;&lt;field&gt;&quot;: &quot;…&quot;} or &lt;field&gt;=…, and checks it with the vendor (a read-only call; nothing is sent to anybody) together with the other secrets from the keychain. Only when the vendor accepts it is it written to the keychain in place of the old one. If the check, the keychain or the database fails, the old value is kept and nothing changes. Every attempt is recorded in the activity log.</translation>
    </message>
    <message>
        <source>the name or id of the API credentials and the secret field to replace</source>
        <translation>the name or id of the API credentials and the secret field to replace</translation>
    </message>
    <message>
        <source>The command rotate needs --secrets-stdin: the new value is read from standard input, never from the command line.</source>
        <translation>The command rotate needs --secrets-stdin: the new value is read from standard input, never from the command line.</translation>
    </message>
    <message>
        <source>--max-secret-age takes a number of days, 1 or more; &quot;%1&quot; is not one.</source>
        <translation>--max-secret-age takes a number of days, 1 or more; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;. Its secrets are %3.</source>
        <translation>&quot;%1&quot; has no field &quot;%2&quot;. Its secrets are %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;. Did you mean %3?</source>
        <translation>&quot;%1&quot; has no field &quot;%2&quot;. Did you mean %3?</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) of &quot;%3&quot; is not a secret; change it in the window&apos;s form. Its secrets are %4.</source>
        <translation>The field &quot;%1&quot; (%2) of &quot;%3&quot; is not a secret; change it in the window&apos;s form. Its secrets are %4.</translation>
    </message>
    <message>
        <source>Standard input holds &quot;%1&quot;, but rotate replaces only &quot;%2&quot;: give %2 alone.</source>
        <translation>Standard input holds &quot;%1&quot;, but rotate replaces only &quot;%2&quot;: give %2 alone.</translation>
    </message>
    <message>
        <source>The new value of &quot;%1&quot; is not on standard input: give it as %2=… or in a JSON object.</source>
        <translation>The new value of &quot;%1&quot; is not on standard input: give it as %2=… or in a JSON object.</translation>
    </message>
    <message>
        <source>Send a real test message (SMS, MMS or RCS).</source>
        <translation>Send a real test message (SMS, MMS or RCS).</translation>
    </message>
    <message>
        <source>Sends a real test message with the API credentials: an SMS with --text, or an MMS with --media-url where the vendor sends MMS; where it sends RCS, an RCS text, or a rich card with --media-url, that goes as SMS to a phone without RCS. The recipient receives it and the account is charged. An option the vendor cannot honour is refused, and nothing is sent. A send whose connection dropped after it went out is never sent again by itself (exit code 15). With --dry-run it prints the request and sends nothing; for a vendor whose request you write (%1) the request is printed before it goes out, and the vendor&apos;s answer after.</source>
        <translation>Sends a real test message with the API credentials: an SMS with --text, or an MMS with --media-url where the vendor sends MMS; where it sends RCS, an RCS text, or a rich card with --media-url, that goes as SMS to a phone without RCS. The recipient receives it and the account is charged. An option the vendor cannot honour is refused, and nothing is sent. A send whose connection dropped after it went out is never sent again by itself (exit code 15). With --dry-run it prints the request and sends nothing; for a vendor whose request you write (%1) the request is printed before it goes out, and the vendor&apos;s answer after.</translation>
    </message>
    <message>
        <source>Set up the SMS channel of a messaging app (%1).</source>
        <translation>Set up the SMS channel of a messaging app (%1).</translation>
    </message>
    <message>
        <source>Runs the vendor&apos;s channel set-up (%1): adds or replaces the SMS channel of the API credentials&apos; messaging app, keeping its other channels, creates an inbound-message webhook with --webhook, and says the callback URL to give the service plan.</source>
        <translation>Runs the vendor&apos;s channel set-up (%1): adds or replaces the SMS channel of the API credentials&apos; messaging app, keeping its other channels, creates an inbound-message webhook with --webhook, and says the callback URL to give the service plan.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>the vendor answered with success but not with what was asked for (&quot;unexpected-result&quot;), so that nothing more was changed</source>
        <translation>the vendor answered with success but not with what was asked for (&quot;unexpected-result&quot;), so that nothing more was changed</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is no set of secrets. Nothing was read.</source>
        <translation>Standard input holds more than %1 KiB: that is no set of secrets. Nothing was read.</translation>
    </message>
    <message>
        <source>Standard input is not valid JSON (%1 at byte %2): give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</source>
        <translation>Standard input is not valid JSON (%1 at byte %2): give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</translation>
    </message>
    <message>
        <source>The API credentials &quot;%1&quot; were skipped, as that name is taken (--skip-existing): the secrets on standard input were not saved, and the existing ones were left as they are.</source>
        <translation>The API credentials &quot;%1&quot; were skipped, as that name is taken (--skip-existing): the secrets on standard input were not saved, and the existing ones were left as they are.</translation>
    </message>
    <message>
        <source>--media-url: %1 Nothing was sent.</source>
        <translation>--media-url: %1 Nothing was sent.</translation>
    </message>
    <message>
        <source>--text holds only spaces: give the text of the message. Nothing was sent.</source>
        <translation>--text holds only spaces: give the text of the message. Nothing was sent.</translation>
    </message>
</context>
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
    <message>
        <source>Unknown option %1. See: channel-console --help</source>
        <translation>Unknown option %1. See: channel-console --help</translation>
    </message>
    <message>
        <source>The option --store names no file: give the database to use, or leave --store out for the default one.</source>
        <translation>The option --store names no file: give the database to use, or leave --store out for the default one.</translation>
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
    <name>cc::CredentialActions</name>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>These API credentials no longer exist.</translation>
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
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention before you can submit.</source>
        <translation>
            <numerusform>%n field still needs attention before you can submit.</numerusform>
            <numerusform>%n fields still need attention before you can submit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking with the vendor…</source>
        <translation>Checking with the vendor…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Create new API credentials</source>
        <translation>Create new API credentials</translation>
    </message>
    <message>
        <source>Edit API credentials</source>
        <translation>Edit API credentials</translation>
    </message>
    <message>
        <source>Duplicate API credentials</source>
        <translation>Duplicate API credentials</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>SMS vendor</translation>
    </message>
    <message>
        <source>Choose the SMS vendor…</source>
        <translation>Choose the SMS vendor…</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>The platform&apos;s label for saving the form.</extracomment>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Try these values with the vendor, without saving and without sending a message</source>
        <translation>Try these values with the vendor, without saving and without sending a message</translation>
    </message>
    <message>
        <source>These API credentials have unsaved changes. Discard the changes, or keep editing?</source>
        <translation>These API credentials have unsaved changes. Discard the changes, or keep editing?</translation>
    </message>
    <message>
        <source>The API credentials &quot;%1&quot; have unsaved changes. Discard the changes, or keep editing?</source>
        <translation>The API credentials &quot;%1&quot; have unsaved changes. Discard the changes, or keep editing?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Check tries these values with the vendor, without saving them and without sending a message.</source>
        <translation>Check tries these values with the vendor, without saving them and without sending a message.</translation>
    </message>
    <message>
        <source>Find region…</source>
        <translation>Find region…</translation>
    </message>
    <message>
        <source>Try these values with every region of the vendor at once, without saving and without sending a message</source>
        <translation>Try these values with every region of the vendor at once, without saving and without sending a message</translation>
    </message>
    <message>
        <source>Choose the SMS vendor first (%1): each has a form of its own.</source>
        <translation>Choose the SMS vendor first (%1): each has a form of its own.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialForm</name>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Said by screen readers of a field that must be filled in (shown as a red asterisk).</extracomment>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <comment>then the field&apos;s help text</comment>
        <translation>Required. %1</translation>
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
    <message>
        <source>Secrets missing</source>
        <translation>Secrets missing</translation>
    </message>
    <message>
        <source>Secret age</source>
        <extracomment>The list&apos;s column: how long ago the secrets were last set.</extracomment>
        <translation>Secret age</translation>
    </message>
</context>
<context>
    <name>cc::CredentialRepository</name>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>These API credentials no longer exist.</translation>
    </message>
    <message>
        <source>The changes were saved, but a cleared secret could not be removed from the keychain. %1</source>
        <translation>The changes were saved, but a cleared secret could not be removed from the keychain. %1</translation>
    </message>
    <message>
        <source>The API credentials were deleted, but their secrets could not be removed from the keychain. %1 Channel Console offers to remove them at its next start.</source>
        <translation>The API credentials were deleted, but their secrets could not be removed from the keychain. %1 Channel Console offers to remove them at its next start.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
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
        <source>The credentials database %1 cannot be read: %2.</source>
        <translation>The credentials database %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: %2. The API credentials read before the damage are shown; you can export them.</source>
        <translation>The credentials database %1 is damaged: %2. The API credentials read before the damage are shown; you can export them.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored API credentials could not be read and are not shown (the first: %1). They are left in the database as they are.</source>
        <translation>
            <numerusform>%n stored API credential could not be read and is not shown (%1). It is left in the database as it is.</numerusform>
            <numerusform>%n stored API credentials could not be read and are not shown (the first: %1). They are left in the database as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy of %1 could be kept, so it is not replaced. Free some space, or copy it elsewhere yourself.</source>
        <translation>No copy of %1 could be kept, so it is not replaced. Free some space, or copy it elsewhere yourself.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a credentials file of an earlier version; it is left as it is.</source>
        <translation>The file %1 is too large to be a credentials file of an earlier version; it is left as it is.</translation>
    </message>
    <message>
        <source>It was written by an earlier version and is not moved into the database; it is left as it is.</source>
        <translation>It was written by an earlier version and is not moved into the database; it is left as it is.</translation>
    </message>
    <message>
        <source>The credentials file %1 of an earlier version could not be moved into the database %2: %3 It is left as it is; nothing is saved until this is solved.</source>
        <translation>The credentials file %1 of an earlier version could not be moved into the database %2: %3 It is left as it is; nothing is saved until this is solved.</translation>
    </message>
    <message numerus="yes">
        <source>The %n API credentials of %1 (written by an earlier version) were moved into the database %2. The old file is kept as it was; Channel Console no longer reads it.</source>
        <translation>
            <numerusform>The %n API credential of %1 (written by an earlier version) was moved into the database %2. The old file is kept as it was; Channel Console no longer reads it.</numerusform>
            <numerusform>The %n API credentials of %1 (written by an earlier version) were moved into the database %2. The old file is kept as it was; Channel Console no longer reads it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials database %1 was not loaded, so nothing is saved over it. Choose to start afresh, or repair it and restart.</source>
        <translation>The credentials database %1 was not loaded, so nothing is saved over it. Choose to start afresh, or repair it and restart.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</source>
        <translation>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</translation>
    </message>
    <message>
        <source>These API credentials were deleted meanwhile (by another window or a command), so the changes were not saved.</source>
        <translation>These API credentials were deleted meanwhile (by another window or a command), so the changes were not saved.</translation>
    </message>
    <message>
        <source>entry %1 appears twice</source>
        <translation>entry %1 appears twice</translation>
    </message>
</context>
<context>
    <name>cc::CredentialTransfer</name>
    <message>
        <source>Imported: %1, renamed: %2, skipped: %3, rejected: %4.</source>
        <translation>Imported: %1, renamed: %2, skipped: %3, rejected: %4.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>The file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Channel Console (version %1). Update Channel Console to import it.</source>
        <translation>The file was exported by a newer version of Channel Console (version %1). Update Channel Console to import it.</translation>
    </message>
    <message>
        <source>The file is not a Channel Console export: it has neither a &quot;format&quot; of %1 nor a &quot;vendor&quot;.</source>
        <translation>The file is not a Channel Console export: it has neither a &quot;format&quot; of %1 nor a &quot;vendor&quot;.</translation>
    </message>
    <message>
        <source>API credentials named &quot;%1&quot; already exist.</source>
        <translation>API credentials named &quot;%1&quot; already exist.</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (imported %2)</translation>
    </message>
    <message>
        <source>API credentials named &quot;%1&quot; already exist; imported as &quot;%2&quot;.</source>
        <translation>API credentials named &quot;%1&quot; already exist; imported as &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file held secret values (%1); they were ignored. Enter them in the console, which keeps them in the system keychain.</source>
        <translation>The file held secret values (%1); they were ignored. Enter them in the console, which keeps them in the system keychain.</translation>
    </message>
    <message>
        <source>%1: the file holds the number %2 where text is expected; write it in quotes (&quot;%2&quot;) if that is the value you mean.</source>
        <translation>%1: the file holds the number %2 where text is expected; write it in quotes (&quot;%2&quot;) if that is the value you mean.</translation>
    </message>
    <message>
        <source>%1: the file holds %2, which is not a value for this field; give the value in quotes, or leave the field out.</source>
        <translation>%1: the file holds %2, which is not a value for this field; give the value in quotes, or leave the field out.</translation>
    </message>
    <message>
        <source>%1: the file holds a list (a JSON array); give a single value, in quotes.</source>
        <translation>%1: the file holds a list (a JSON array); give a single value, in quotes.</translation>
    </message>
    <message>
        <source>%1: the file holds an object (a JSON object); give a single value, in quotes.</source>
        <translation>%1: the file holds an object (a JSON object); give a single value, in quotes.</translation>
    </message>
    <message>
        <source>The entry names no SMS vendor: add &quot;vendor&quot; with one of %1.</source>
        <translation>The entry names no SMS vendor: add &quot;vendor&quot; with one of %1.</translation>
    </message>
    <message>
        <source>Unknown SMS vendor &quot;%1&quot;: use %2.</source>
        <translation>Unknown SMS vendor &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Entry %1 is refused: %2</source>
        <translation>Entry %1 is refused: %2</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) is refused: %3</source>
        <translation>Entry %1 (&quot;%2&quot;) is refused: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the file are refused, so nothing is imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n entry of the file is refused, so nothing is imported. Correct it and import the file again.</numerusform>
            <numerusform>%n entries of the file are refused, so nothing is imported. Correct them and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a Channel Console export: it holds a JSON array, not an object with &quot;format&quot; and &quot;credentials&quot;.</source>
        <translation>The file is not a Channel Console export: it holds a JSON array, not an object with &quot;format&quot; and &quot;credentials&quot;.</translation>
    </message>
    <message>
        <source>The file holds no list of credentials: its &quot;credentials&quot; is missing or not a JSON array.</source>
        <translation>The file holds no list of credentials: its &quot;credentials&quot; is missing or not a JSON array.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object with &quot;vendor&quot; and &quot;fields&quot;.</source>
        <translation>The entry is not a JSON object with &quot;vendor&quot; and &quot;fields&quot;.</translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object with the credential&apos;s settings.</source>
        <translation>The entry has no &quot;fields&quot; object with the credential&apos;s settings.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by entry %2 of the file; give each entry its own name.</source>
        <translation>The name &quot;%1&quot; is already used by entry %2 of the file; give each entry its own name.</translation>
    </message>
    <message>
        <source>The file held fields that %1 credentials do not have (%2); they were left out.</source>
        <translation>The file held fields that %1 credentials do not have (%2); they were left out.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>The file is too large: an import reads at most %1 MiB, and a Channel Console export is far smaller.</source>
        <translation>The file is too large: an import reads at most %1 MiB, and a Channel Console export is far smaller.</translation>
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
        <translation>%1: choose one of %2.</translation>
    </message>
    <message>
        <source>%1: enter a value; this field is required.</source>
        <translation>%1: enter a value; this field is required.</translation>
    </message>
    <message>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1: enter a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1: enter a whole number of %2 from %3 to %4.</source>
        <comment>label, unit (e.g. hours), range</comment>
        <translation>%1: enter a whole number of %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is also in %3; a keyword can belong to only one list.</source>
        <translation>%1: “%2” is also in %3; a keyword can belong to only one list.</translation>
    </message>
    <message>
        <source>%1: %2 is not in the list. A list of your own replaces the default keywords, so people who text %2 would no longer be opted out; add %2 unless that is what you want.</source>
        <translation>%1: %2 is not in the list. A list of your own replaces the default keywords, so people who text %2 would no longer be opted out; add %2 unless that is what you want.</translation>
    </message>
    <message>
        <source>%1: remove the character %2 (at position %3). Control characters and text-direction marks are not allowed here: they are invisible and can make the value look different from what is saved.</source>
        <translation>%1: remove the character %2 (at position %3). Control characters and text-direction marks are not allowed here: they are invisible and can make the value look different from what is saved.</translation>
    </message>
    <message>
        <source>%1: the value is %2 characters long; shorten it to at most %3 characters.</source>
        <translation>%1: the value is %2 characters long; shorten it to at most %3 characters.</translation>
    </message>
    <message>
        <source>%1: “%2” is also a default keyword of %3, in force while %3 is empty. This list is matched first, so people who text “%2” get this list&apos;s reply instead.</source>
        <translation>%1: “%2” is also a default keyword of %3, in force while %3 is empty. This list is matched first, so people who text “%2” get this list&apos;s reply instead.</translation>
    </message>
    <message>
        <source>%1: “%2” is also a default keyword of %3, in force while %3 is empty, and %3 is matched first: “%2” never reaches this list. Remove it here, or type keywords of your own in %3.</source>
        <translation>%1: “%2” is also a default keyword of %3, in force while %3 is empty, and %3 is matched first: “%2” never reaches this list. Remove it here, or type keywords of your own in %3.</translation>
    </message>
    <message>
        <source>%1: this looks like the key ID and key secret themselves. The token is their Base64 encoding: the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1: this looks like the key ID and key secret themselves. The token is their Base64 encoding: the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</translation>
    </message>
    <message>
        <source>%1: this is not Base64. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1: this is not Base64. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</translation>
    </message>
    <message>
        <source>%1: this is Base64, but it does not decode to two non-empty parts joined by exactly one colon. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1: this is Base64, but it does not decode to two non-empty parts joined by exactly one colon. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</translation>
    </message>
    <message>
        <source>%1: this does not start with %2. It is %2 followed by %3 hexadecimal characters (0–9, a–f), for example %4.</source>
        <translation>%1: this does not start with %2. It is %2 followed by %3 hexadecimal characters (0–9, a–f), for example %4.</translation>
    </message>
    <message>
        <source>%1: only hexadecimal characters (0–9, a–f) may follow %2, and this value has others (a space, a letter o for a zero?). For example: %3.</source>
        <translation>%1: only hexadecimal characters (0–9, a–f) may follow %2, and this value has others (a space, a letter o for a zero?). For example: %3.</translation>
    </message>
    <message>
        <source>%1: %2 must be followed by exactly %3 hexadecimal characters, and this value has more or fewer (cut short or pasted twice?). For example: %4.</source>
        <translation>%1: %2 must be followed by exactly %3 hexadecimal characters, and this value has more or fewer (cut short or pasted twice?). For example: %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid name: use letters, digits and - _ . only (no spaces or colons).</source>
        <translation>%1: “%2” is not a valid name: use letters, digits and - _ . only (no spaces or colons).</translation>
    </message>
    <message>
        <source>%1: “%2” is set by the console and cannot be changed here (%3 are fixed).</source>
        <translation>%1: “%2” is set by the console and cannot be changed here (%3 are fixed).</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; give each name once.</source>
        <translation>%1: “%2” is given twice; give each name once.</translation>
    </message>
    <message>
        <source>%1: the value of “%2” holds the character %3, which is not allowed.</source>
        <translation>%1: the value of “%2” holds the character %3, which is not allowed.</translation>
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
        <source>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</source>
        <translation>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</translation>
    </message>
    <message>
        <source>Failing (%1)</source>
        <translation>Failing (%1)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check the selected API credentials with their vendor, without sending anything</source>
        <translation>Check the selected API credentials with their vendor, without sending anything</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Test send…</translation>
    </message>
    <message>
        <source>Send a real test message with the selected API credentials</source>
        <translation>Send a real test message with the selected API credentials</translation>
    </message>
    <message>
        <source>Set up channel…</source>
        <translation>Set up channel…</translation>
    </message>
    <message>
        <source>Set up the SMS channel and webhook of the Sinch Conversation app</source>
        <translation>Set up the SMS channel and webhook of the Sinch Conversation app</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>SMS vendor</translation>
    </message>
    <message>
        <source>Edit the selected API credentials</source>
        <translation>Edit the selected API credentials</translation>
    </message>
    <message>
        <source>Duplicate the selected API credentials; their secrets are asked for again</source>
        <translation>Duplicate the selected API credentials; their secrets are asked for again</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The menu item that puts the cursor in the search box.</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>Replace secret…</source>
        <translation>Replace secret…</translation>
    </message>
    <message>
        <source>Replace a secret of the selected API credentials, once the vendor accepts the new value</source>
        <translation>Replace a secret of the selected API credentials, once the vendor accepts the new value</translation>
    </message>
    <message>
        <source>API credentials connect the platform to your SMS vendor&apos;s account (%1). Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</source>
        <translation>API credentials connect the platform to your SMS vendor&apos;s account (%1). Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</translation>
    </message>
</context>
<context>
    <name>cc::Database</name>
    <message>
        <source>%1 is not a regular file, so it cannot hold the credentials. Name a file, or a path where one can be created.</source>
        <translation>%1 is not a regular file, so it cannot hold the credentials. Name a file, or a path where one can be created.</translation>
    </message>
    <message>
        <source>There is no credentials database %1.</source>
        <translation>There is no credentials database %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the credentials database. Check its permissions.</source>
        <translation>Cannot create the folder %1 for the credentials database. Check its permissions.</translation>
    </message>
    <message>
        <source>Cannot create the credentials database %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Cannot create the credentials database %1: %2. Check the folder&apos;s permissions and free space.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2. Check its permissions.</source>
        <translation>The credentials database %1 cannot be read: %2. Check its permissions.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: it is not a SQLite database.</source>
        <translation>The credentials database %1 is damaged: it is not a SQLite database.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be opened: %2.</source>
        <translation>The credentials database %1 cannot be opened: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: %2.</source>
        <translation>The credentials database %1 is damaged: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2.</source>
        <translation>The credentials database %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Channel Console credentials database.</source>
        <translation>The file %1 is a database, but not a Channel Console credentials database.</translation>
    </message>
    <message>
        <source>The credentials database %1 was written by a newer version of Channel Console (schema %2; this version knows up to %3). It is opened read-only: update Channel Console to change it.</source>
        <translation>The credentials database %1 was written by a newer version of Channel Console (schema %2; this version knows up to %3). It is opened read-only: update Channel Console to change it.</translation>
    </message>
    <message>
        <source>Cannot create the credentials database %1: %2</source>
        <translation>Cannot create the credentials database %1: %2</translation>
    </message>
    <message>
        <source>Cannot bring the credentials database %1 up to date: %2</source>
        <translation>Cannot bring the credentials database %1 up to date: %2</translation>
    </message>
    <message>
        <source>its schema version %1 is unknown.</source>
        <translation>its schema version %1 is unknown.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>the disk is full.</translation>
    </message>
    <message>
        <source>the database refused a change (%1).</source>
        <translation>the database refused a change (%1).</translation>
    </message>
    <message>
        <source>The credentials database %1 is open read-only.</source>
        <translation>The credentials database %1 is open read-only.</translation>
    </message>
    <message>
        <source>The credentials database %1 is not open.</source>
        <translation>The credentials database %1 is not open.</translation>
    </message>
    <message>
        <source>The change was not saved to %1: %2</source>
        <translation>The change was not saved to %1: %2</translation>
    </message>
    <message>
        <source>The change was not saved: the disk that holds %1 is full. Free some space and try again; everything saved before is unchanged.</source>
        <translation>The change was not saved: the disk that holds %1 is full. Free some space and try again; everything saved before is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>The change was not saved: another Channel Console kept %1 busy for more than %n seconds. Try again.</source>
        <translation>
            <numerusform>The change was not saved: another Channel Console kept %1 busy for more than %n second. Try again.</numerusform>
            <numerusform>The change was not saved: another Channel Console kept %1 busy for more than %n seconds. Try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved: %1 cannot be written. Check its permissions.</source>
        <translation>The change was not saved: %1 cannot be written. Check its permissions.</translation>
    </message>
    <message>
        <source>The change was not saved to %1: %2. Everything saved before is unchanged.</source>
        <translation>The change was not saved to %1: %2. Everything saved before is unchanged.</translation>
    </message>
</context>
<context>
    <name>cc::FieldEditor</name>
    <message>
        <source>Default: the vendor&apos;s own host</source>
        <translation>Default: the vendor&apos;s own host</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>In force: %1</translation>
    </message>
    <message>
        <source>Empty: the defaults are in force (%1).</source>
        <translation>Empty: the defaults are in force (%1).</translation>
    </message>
    <message>
        <source>Build it from an access key…</source>
        <translation>Build it from an access key…</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Key secret</translation>
    </message>
    <message>
        <source>+ country code and number (for example %1), or a short code</source>
        <translation>+ country code and number (for example %1), or a short code</translation>
    </message>
    <message>
        <source>Comma-separated, for example %1</source>
        <translation>Comma-separated, for example %1</translation>
    </message>
    <message>
        <source>Add new parameter</source>
        <translation>Add new parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: name</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: value</translation>
    </message>
    <message>
        <source>Remove this parameter</source>
        <translation>Remove this parameter</translation>
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
    <message>
        <source>Sinch MMS credentials only send MMS. Tracking inbound messages and handling consent (opt-in and opt-out keywords) need a separate Sinch (SMS) API credential: create one as well.</source>
        <translation>Sinch MMS credentials only send MMS. Tracking inbound messages and handling consent (opt-in and opt-out keywords) need a separate Sinch (SMS) API credential: create one as well.</translation>
    </message>
    <message>
        <source>Use custom dataset for inbound</source>
        <translation>Use custom dataset for inbound</translation>
    </message>
    <message>
        <source>Whether the platform writes inbound messages to a dataset of your own instead of its system dataset. The console only keeps this setting: the dataset itself is chosen on the platform, not here.</source>
        <translation>Whether the platform writes inbound messages to a dataset of your own instead of its system dataset. The console only keeps this setting: the dataset itself is chosen on the platform, not here.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>API rate limit</source>
        <translation>API rate limit</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requests/s</translation>
    </message>
    <message>
        <source>Sinch RCS credentials send RCS messages through a Conversation API app, with SMS (the service plan) when a phone cannot receive RCS.</source>
        <translation>Sinch RCS credentials send RCS messages through a Conversation API app, with SMS (the service plan) when a phone cannot receive RCS.</translation>
    </message>
    <message>
        <source>The most requests per second made with these credentials, 0 for no limit. The console keeps to it too: its checks (Check all API credentials included), test sends and set-up steps wait for their turn.</source>
        <translation>The most requests per second made with these credentials, 0 for no limit. The console keeps to it too: its checks (Check all API credentials included), test sends and set-up steps wait for their turn.</translation>
    </message>
    <message>
        <source>The platform has no webhooks for Twilio, so Twilio credentials have no inbound messages and no delivery feedback: there are no inbound keywords or replies to set here. Test sends still show Twilio&apos;s status for the message.</source>
        <translation>The platform has no webhooks for Twilio, so Twilio credentials have no inbound messages and no delivery feedback: there are no inbound keywords or replies to set here. Test sends still show Twilio&apos;s status for the message.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>On the dashboard of your Twilio Console, under Account Info: AC followed by 32 hexadecimal characters.</source>
        <translation>On the dashboard of your Twilio Console, under Account Info: AC followed by 32 hexadecimal characters.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>On the dashboard of your Twilio Console, under Account Info, next to the Account SID. Kept in the system keychain.</source>
        <translation>On the dashboard of your Twilio Console, under Account Info, next to the Account SID. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Message SID</source>
        <translation>Message SID</translation>
    </message>
    <message>
        <source>The SID of the Messaging Service that sends the messages (Messaging › Services in your Twilio Console): MG followed by 32 hexadecimal characters. A test message goes from its sender pool unless you type a sender.</source>
        <translation>The SID of the Messaging Service that sends the messages (Messaging › Services in your Twilio Console): MG followed by 32 hexadecimal characters. A test message goes from its sender pool unless you type a sender.</translation>
    </message>
    <message>
        <source>Your Twilio number, in international form (+ and country code) or as a short code, kept with the credentials for reference. The platform receives no messages from Twilio, so nothing arrives on it here.</source>
        <translation>Your Twilio number, in international form (+ and country code) or as a short code, kept with the credentials for reference. The platform receives no messages from Twilio, so nothing arrives on it here.</translation>
    </message>
    <message>
        <source>United States (api.twilio.com)</source>
        <translation>United States (api.twilio.com)</translation>
    </message>
    <message>
        <source>Ireland, Dublin edge (ie1)</source>
        <translation>Ireland, Dublin edge (ie1)</translation>
    </message>
    <message>
        <source>Australia, Sydney edge (au1)</source>
        <translation>Australia, Sydney edge (au1)</translation>
    </message>
    <message>
        <source>Japan, Tokyo edge (jp1)</source>
        <translation>Japan, Tokyo edge (jp1)</translation>
    </message>
    <message>
        <source>The Twilio Region that holds your account&apos;s data, through its edge location (api.{edge}.{region}.twilio.com). Each region has its own Auth Tokens: a wrong region fails with an authentication error.</source>
        <translation>The Twilio Region that holds your account&apos;s data, through its edge location (api.{edge}.{region}.twilio.com). Each region has its own Auth Tokens: a wrong region fails with an authentication error.</translation>
    </message>
    <message>
        <source>Leave empty to use Twilio&apos;s host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Leave empty to use Twilio&apos;s host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</translation>
    </message>
    <message>
        <source>A provider of your own: the console POSTs the Provider Payload, filled in, to the Provider URL. A test send shows the exact request before it goes out. Such providers have no read-only call, so Check can only check the settings (and, for OAuth 2.0, fetch a token).</source>
        <translation>A provider of your own: the console POSTs the Provider Payload, filled in, to the Provider URL. A test send shows the exact request before it goes out. Such providers have no read-only call, so Check can only check the settings (and, for OAuth 2.0, fetch a token).</translation>
    </message>
    <message>
        <source>Provider AppId</source>
        <translation>Provider AppId</translation>
    </message>
    <message>
        <source>The application ID your SMS provider gave you.</source>
        <translation>The application ID your SMS provider gave you.</translation>
    </message>
    <message>
        <source>Provider Name</source>
        <translation>Provider Name</translation>
    </message>
    <message>
        <source>The name of your SMS provider.</source>
        <translation>The name of your SMS provider.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>Provider URL</translation>
    </message>
    <message>
        <source>Where the console POSTs each message, in full. Plain http is accepted for loopback addresses only.</source>
        <translation>Where the console POSTs each message, in full. Plain http is accepted for loopback addresses only.</translation>
    </message>
    <message>
        <source>Auth Type</source>
        <translation>Auth Type</translation>
    </message>
    <message>
        <source>How the provider knows the console. Each type asks for its own fields; its secrets go to the system keychain.</source>
        <translation>How the provider knows the console. Each type asks for its own fields; its secrets go to the system keychain.</translation>
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
        <translation>OAuth 2.0 (client credentials)</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>No authentication</translation>
    </message>
    <message>
        <source>Sent in the X-API-Key header. Kept in the system keychain.</source>
        <translation>Sent in the X-API-Key header. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>The user name of HTTP Basic authentication.</source>
        <translation>The user name of HTTP Basic authentication.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password of HTTP Basic authentication. Kept in the system keychain.</source>
        <translation>The password of HTTP Basic authentication. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Sent as Authorization: Bearer &lt;token&gt;. Kept in the system keychain.</source>
        <translation>Sent as Authorization: Bearer &lt;token&gt;. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>The token endpoint: the console POSTs the OAuth Body there and sends the access token it gets as Authorization: Bearer.</source>
        <translation>The token endpoint: the console POSTs the OAuth Body there and sends the access token it gets as Authorization: Bearer.</translation>
    </message>
    <message>
        <source>OAuth Body</source>
        <translation>OAuth Body</translation>
    </message>
    <message>
        <source>JSON with grant_type and client_id; write {{clientSecret}} where the client secret goes (it comes from the keychain, never from this text).</source>
        <translation>JSON with grant_type and client_id; write {{clientSecret}} where the client secret goes (it comes from the keychain, never from this text).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Put in the OAuth Body in place of {{clientSecret}}. Kept in the system keychain.</source>
        <translation>Put in the OAuth Body in place of {{clientSecret}}. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>API Secret Key</source>
        <translation>API Secret Key</translation>
    </message>
    <message>
        <source>The key of the MAC signature of each request. Kept in the system keychain.</source>
        <translation>The key of the MAC signature of each request. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Mac Authorization Hash Format</source>
        <translation>Mac Authorization Hash Format</translation>
    </message>
    <message>
        <source>The HMAC of the signature: Authorization: MAC id=&quot;&lt;Provider AppId&gt;&quot;, ts, nonce, bodyhash and mac, as in the IETF draft of OAuth 2.0 MAC tokens.</source>
        <translation>The HMAC of the signature: Authorization: MAC id=&quot;&lt;Provider AppId&gt;&quot;, ts, nonce, bodyhash and mac, as in the IETF draft of OAuth 2.0 MAC tokens.</translation>
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
        <translation>mTLS support</translation>
    </message>
    <message>
        <source>Mutual TLS: the console shows the provider a client certificate. With No authentication, mTLS alone.</source>
        <translation>Mutual TLS: the console shows the provider a client certificate. With No authentication, mTLS alone.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>The path of the certificate file (PEM).</source>
        <translation>The path of the certificate file (PEM).</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client key</translation>
    </message>
    <message>
        <source>The path of its private key file (PEM, RSA or EC).</source>
        <translation>The path of its private key file (PEM, RSA or EC).</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>Leave empty when the key file is not encrypted. Kept in the system keychain.</source>
        <translation>Leave empty when the key file is not encrypted. Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>HTTP headers sent with each message. Content-Type is fixed to application/json; charset=utf-8.</source>
        <translation>HTTP headers sent with each message. Content-Type is fixed to application/json; charset=utf-8.</translation>
    </message>
    <message>
        <source>Provider Payload</source>
        <translation>Provider Payload</translation>
    </message>
    <message>
        <source>The JSON body of each message. It must hold {{toNumber}}, {{fromNumber}} and {{message}}, each inside a string value; the console escapes what it puts there.</source>
        <translation>The JSON body of each message. It must hold {{toNumber}}, {{fromNumber}} and {{message}}, each inside a string value; the console escapes what it puts there.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>How the console signs its requests to the Conversation API. Basic sends the API token with each request; Sinch rate-limits Basic and advises it for testing only. OAuth 2.0 exchanges the same access key for a short-lived token, kept in memory only, as Sinch advises for production. The platform stores the API token either way.</source>
        <translation>How the console signs its requests to the Conversation API. Basic sends the API token with each request; Sinch rate-limits Basic and advises it for testing only. OAuth 2.0 exchanges the same access key for a short-lived token, kept in memory only, as Sinch advises for production. The platform stores the API token either way.</translation>
    </message>
    <message>
        <source>Basic (API token)</source>
        <translation>Basic (API token)</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token endpoint</translation>
    </message>
    <message>
        <source>Leave empty to use Sinch&apos;s token endpoint, https://auth.sinch.com/oauth2/token. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Leave empty to use Sinch&apos;s token endpoint, https://auth.sinch.com/oauth2/token. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>cc::ImportDialog</name>
    <message>
        <source>Import API credentials</source>
        <translation>Import API credentials</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>From %1:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Secrets to enter after the import: %1.</source>
        <translation>Secrets to enter after the import: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n API credential(s)</source>
        <translation>
            <numerusform>Import %n set of API credentials</numerusform>
            <numerusform>Import %n API credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>API credentials in the file</source>
        <translation>API credentials in the file</translation>
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
        <translation>Double opt-in</translation>
    </message>
    <message>
        <source>Custom inbound keyword</source>
        <translation>Custom inbound keyword</translation>
    </message>
    <message>
        <source>Default inbound reply</source>
        <translation>Default inbound reply</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>No rule</translation>
    </message>
    <message>
        <source>None of the API credentials has keyword settings (Sinch and Infobip have them).</source>
        <translation>None of the API credentials has keyword settings (Sinch and Infobip have them).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (defaults)</source>
        <translation>%1 (defaults)</translation>
    </message>
    <message>
        <source>Type an inbound text to see which rule answers it.</source>
        <translation>Type an inbound text to see which rule answers it.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Rule: %1 (keyword %2)</source>
        <translation>Rule: %1 (keyword %2)</translation>
    </message>
    <message>
        <source>(the platform asks the person to confirm)</source>
        <translation>(the platform asks the person to confirm)</translation>
    </message>
    <message>
        <source>(no reply: the keyword is stored on the profile for journeys to use)</source>
        <translation>(no reply: the keyword is stored on the profile for journeys to use)</translation>
    </message>
    <message>
        <source>(nothing is sent: no rule matches and there is no default inbound reply)</source>
        <translation>(nothing is sent: no rule matches and there is no default inbound reply)</translation>
    </message>
    <message>
        <source>(nothing is sent: this rule&apos;s message is empty)</source>
        <translation>(nothing is sent: this rule&apos;s message is empty)</translation>
    </message>
    <message>
        <source>A profile is created if none exists.</source>
        <translation>A profile is created if none exists.</translation>
    </message>
    <message>
        <source>%1. A profile is created if none exists.</source>
        <translation>%1. A profile is created if none exists.</translation>
    </message>
    <message>
        <source>Inbound keyword preview</source>
        <translation>Inbound keyword preview</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API credentials</translation>
    </message>
    <message>
        <source>Inbound text</source>
        <translation>Inbound text</translation>
    </message>
    <message>
        <source>What a person texts, for example STOP</source>
        <translation>What a person texts, for example STOP</translation>
    </message>
    <message>
        <source>Person sends</source>
        <translation>Person sends</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Encoding and segments</source>
        <translation>Encoding and segments</translation>
    </message>
    <message>
        <source>Keywords in force</source>
        <translation>Keywords in force</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>“%1” is also a keyword of: %2. The rule above is matched first, so those never answer it.</source>
        <translation>“%1” is also a keyword of: %2. The rule above is matched first, so those never answer it.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>cc::JsonTemplate</name>
    <message>
        <source>%1: this is not JSON: the text cannot be read at character %2 (%3). Write a JSON object, with each placeholder inside a string, for example &quot;text&quot;: &quot;{{message}}&quot;.</source>
        <translation>%1: this is not JSON: the text cannot be read at character %2 (%3). Write a JSON object, with each placeholder inside a string, for example &quot;text&quot;: &quot;{{message}}&quot;.</translation>
    </message>
    <message>
        <source>%1: write a JSON object, between { and }: the request&apos;s body is one object.</source>
        <translation>%1: write a JSON object, between { and }: the request&apos;s body is one object.</translation>
    </message>
    <message>
        <source>%1: %2 is missing. Put it inside a string value, for example %3.</source>
        <translation>%1: %2 is missing. Put it inside a string value, for example %3.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is not inside a string value. Put it between quotes, for example %4; the console escapes what it puts there.</source>
        <translation>%1: %2 (at character %3) is not inside a string value. Put it between quotes, for example %4; the console escapes what it puts there.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is in the name of a member. Placeholders go in values, for example %4.</source>
        <translation>%1: %2 (at character %3) is in the name of a member. Placeholders go in values, for example %4.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is not a placeholder the console fills. Check its spelling (names are case-sensitive).</source>
        <translation>%1: %2 (at character %3) is not a placeholder the console fills. Check its spelling (names are case-sensitive).</translation>
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
    <message>
        <source>Import API credentials</source>
        <translation>Import API credentials</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export API credentials</source>
        <translation>Export API credentials</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 cannot be imported. %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n API credential(s). Open each one to enter its secrets.</source>
        <translation>
            <numerusform>Imported %n set of API credentials. Open it to enter its secrets.</numerusform>
            <numerusform>Imported %n API credentials. Open each one to enter its secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n API credential(s) without their secrets.</source>
        <translation>
            <numerusform>Exported %n set of API credentials without its secrets.</numerusform>
            <numerusform>Exported %n API credentials without their secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the check: %2</source>
        <translation>&quot;%1&quot; failed the check: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Export selected…</translation>
    </message>
    <message>
        <source>Export the non-secret settings of the selected API credentials (all when none is selected)</source>
        <translation>Export the non-secret settings of the selected API credentials (all when none is selected)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Activity log…</translation>
    </message>
    <message>
        <source>Check &amp;all API credentials</source>
        <translation>Check &amp;all API credentials</translation>
    </message>
    <message>
        <source>&amp;Inbound keyword preview…</source>
        <translation>&amp;Inbound keyword preview…</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>after the first names of API credentials to delete</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API credentials: removing their secrets from the keychain (%1 done)…</source>
        <translation>
            <numerusform>Deleting %n set of API credentials: removing its secrets from the keychain (%1 done)…</numerusform>
            <numerusform>Deleting %n API credentials: removing their secrets from the keychain (%1 done)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n API credentials.</source>
        <translation>
            <numerusform>Deleted %n set of API credentials.</numerusform>
            <numerusform>Deleted %n API credentials.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, empty database is in use; the copy of the damaged one is kept.</source>
        <translation>A new, empty database is in use; the copy of the damaged one is kept.</translation>
    </message>
    <message>
        <source>The database is left as it is and nothing will be saved over it unless you choose to start with an empty list. You can still export what is shown.</source>
        <translation>The database is left as it is and nothing will be saved over it unless you choose to start with an empty list. You can still export what is shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n keychain entries belong to no API credentials: an earlier change was interrupted before it could remove them. Remove them from the keychain?</source>
        <translation>
            <numerusform>%n keychain entry belongs to no API credentials: an earlier change was interrupted before it could remove it. Remove it from the keychain?</numerusform>
            <numerusform>%n keychain entries belong to no API credentials: an earlier change was interrupted before it could remove them. Remove them from the keychain?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keychain entries left behind</source>
        <translation>Keychain entries left behind</translation>
    </message>
    <message>
        <source>The keychain entries left behind were removed.</source>
        <translation>The keychain entries left behind were removed.</translation>
    </message>
    <message>
        <source>The credentials database could not be loaded, so nothing can be saved yet. Choose &quot;Start with an empty list&quot; above, or repair the file and restart.</source>
        <translation>The credentials database could not be loaded, so nothing can be saved yet. Choose &quot;Start with an empty list&quot; above, or repair the file and restart.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Remove them</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; with its vendor, without sending anything…</source>
        <translation>Checking &quot;%1&quot; with its vendor, without sending anything…</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Export all…</translation>
    </message>
</context>
<context>
    <name>cc::MessageEdit</name>
    <message>
        <source>No text: the MMS carries the media alone.</source>
        <translation>No text: the MMS carries the media alone.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · sent with the media in one MMS, not split into SMS</source>
        <translation>
            <numerusform>%n character · sent with the media in one MMS, not split into SMS</numerusform>
            <numerusform>%n characters · sent with the media in one MMS, not split into SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. The text of an MMS travels with its media in the same message: it is not split into SMS segments, and GSM-7 and UCS-2 do not apply.</source>
        <translation>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. The text of an MMS travels with its media in the same message: it is not split into SMS segments, and GSM-7 and UCS-2 do not apply.</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>How is this counted?</translation>
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
    <message>
        <source>The connection dropped after the request was sent: the message may or may not have been sent. Look up its delivery report before sending again.</source>
        <translation>The connection dropped after the request was sent: the message may or may not have been sent. Look up its delivery report before sending again.</translation>
    </message>
</context>
<context>
    <name>cc::NetPolicy</name>
    <message>
        <source>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</source>
        <translation>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; is not supported.</source>
        <translation>Use an https:// address; &quot;%1&quot; is not supported.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// and names a host.</source>
        <translation>Enter a full address that starts with https:// and names a host.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// and names a host, for example %1.</source>
        <translation>Enter a full address that starts with https:// and names a host, for example %1.</translation>
    </message>
    <message>
        <source>Enter the address of the media file itself, for example %1.</source>
        <translation>Enter the address of the media file itself, for example %1.</translation>
    </message>
</context>
<context>
    <name>cc::PhoneNumbers</name>
    <message>
        <source>Use only digits after the + (spaces, dots, dashes and brackets may separate them); “%1” is not allowed.</source>
        <translation>Use only digits after the + (spaces, dots, dashes and brackets may separate them); “%1” is not allowed.</translation>
    </message>
    <message>
        <source>The digits after the + do not start with a known country code; check them.</source>
        <translation>The digits after the + do not start with a known country code; check them.</translation>
    </message>
    <message>
        <source>This number is too long; enter +, the country code and the number, nothing more.</source>
        <translation>This number is too long; enter +, the country code and the number, nothing more.</translation>
    </message>
    <message>
        <source>This number is too short; enter +, the country code and the whole number.</source>
        <translation>This number is too short; enter +, the country code and the whole number.</translation>
    </message>
    <message>
        <source>This number is too short for country code +%1; check the digits.</source>
        <translation>This number is too short for country code +%1; check the digits.</translation>
    </message>
    <message>
        <source>This number is too long for country code +%1; check the digits.</source>
        <translation>This number is too long for country code +%1; check the digits.</translation>
    </message>
    <message>
        <source>This is not a valid number for country code +%1; check the digits.</source>
        <translation>This is not a valid number for country code +%1; check the digits.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked: a part of Channel Console is missing (%1). Reinstall Channel Console.</source>
        <translation>Phone numbers cannot be checked: a part of Channel Console is missing (%1). Reinstall Channel Console.</translation>
    </message>
    <message>
        <source>Start with + and the country code, for example %1, or enter a short code of %2 to %3 digits.</source>
        <translation>Start with + and the country code, for example %1, or enter a short code of %2 to %3 digits.</translation>
    </message>
    <message>
        <source>Start with + and the country code, for example %1.</source>
        <translation>Start with + and the country code, for example %1.</translation>
    </message>
    <message>
        <source>Use only digits after the + (spaces, dots, dashes and brackets may separate them); remove the invisible character %1 (at position %2).</source>
        <translation>Use only digits after the + (spaces, dots, dashes and brackets may separate them); remove the invisible character %1 (at position %2).</translation>
    </message>
</context>
<context>
    <name>cc::PrivateFile</name>
    <message>
        <source>It is not a regular file (a folder, a device or a pipe); choose a file name to save to.</source>
        <translation>It is not a regular file (a folder, a device or a pipe); choose a file name to save to.</translation>
    </message>
</context>
<context>
    <name>cc::RegionDialog</name>
    <message>
        <source>Find region</source>
        <translation>Find region</translation>
    </message>
    <message>
        <source>Checks these API credentials with every region of %1 at once, as Check does: read only, nothing is sent.</source>
        <translation>Checks these API credentials with every region of %1 at once, as Check does: read only, nothing is sent.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Regions and their answers</source>
        <translation>Regions and their answers</translation>
    </message>
    <message>
        <source>Use region</source>
        <translation>Use region</translation>
    </message>
    <message>
        <source>Use region %1</source>
        <translation>Use region %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Asking every region…</source>
        <translation>Asking every region…</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, the one the form has.</source>
        <translation>The API credentials work in region %1, the one the form has.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1.</source>
        <translation>The API credentials work in region %1.</translation>
    </message>
    <message>
        <source>More than one region accepted the API credentials; choose the region yourself.</source>
        <translation>More than one region accepted the API credentials; choose the region yourself.</translation>
    </message>
    <message>
        <source>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</source>
        <translation>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</translation>
    </message>
</context>
<context>
    <name>cc::RegionProbe</name>
    <message>
        <source>%1 API credentials have no region to find: the account&apos;s own address says where it is.</source>
        <translation>%1 API credentials have no region to find: the account&apos;s own address says where it is.</translation>
    </message>
    <message>
        <source>The API endpoint is set to %1, so every region would be asked at that one address. Clear the API endpoint, or put {region} in it where the region goes.</source>
        <translation>The API endpoint is set to %1, so every region would be asked at that one address. Clear the API endpoint, or put {region} in it where the region goes.</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>asking…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
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
        <translation>Checking the new value with %1… Nothing is sent to anybody.</translation>
    </message>
    <message>
        <source>Replace a secret of “%1”</source>
        <translation>Replace a secret of “%1”</translation>
    </message>
    <message>
        <source>The new value is checked with %1 first, with the other secrets from the keychain (a read-only call; nothing is sent to anybody). Only if %1 accepts it does it replace the old value in the keychain; otherwise the old value is kept and nothing changes.</source>
        <translation>The new value is checked with %1 first, with the other secrets from the keychain (a read-only call; nothing is sent to anybody). Only if %1 accepts it does it replace the old value in the keychain; otherwise the old value is kept and nothing changes.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <source>Check and &amp;replace</source>
        <translation>Check and &amp;replace</translation>
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
        <translation>Select a row to read all of it here.</translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation>The selected row in full</translation>
    </message>
</context>
<context>
    <name>cc::SecretAge</name>
    <message>
        <source>today</source>
        <extracomment>The secrets&apos; age: they were set today.</extracomment>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The secrets&apos; age.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: older than %n day(s)</source>
        <extracomment>%1 is the secrets&apos; age (&quot;120 days&quot;).</extracomment>
        <translation>
            <numerusform>%1: older than %n day</numerusform>
            <numerusform>%1: older than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SecretAgeMenu</name>
    <message>
        <source>&amp;Flag old secrets</source>
        <translation>&amp;Flag old secrets</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Off</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Older than %n day</numerusform>
            <numerusform>Older than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SecretEdit</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Hide the value</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Show the value</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Stored in the keychain; type to replace it</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>The stored value cannot be shown: %1</source>
        <translation>The stored value cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>cc::SecretRotation</name>
    <message>
        <source>The secret “%1” was replaced: the vendor accepted the new value.</source>
        <translation>The secret “%1” was replaced: the vendor accepted the new value.</translation>
    </message>
    <message>
        <source>The secret “%1” was not replaced; the old value is kept. %2</source>
        <translation>The secret “%1” was not replaced; the old value is kept. %2</translation>
    </message>
    <message>
        <source>“%1” is no secret field of these API credentials.</source>
        <translation>“%1” is no secret field of these API credentials.</translation>
    </message>
    <message>
        <source>The new value of “%1” is empty.</source>
        <translation>The new value of “%1” is empty.</translation>
    </message>
    <message>
        <source>The secret “%1” was replaced without a check: %2 has no read-only call to try it with, so nothing was sent. Use Test send to try the new value.</source>
        <translation>The secret “%1” was replaced without a check: %2 has no read-only call to try it with, so nothing was sent. Use Test send to try the new value.</translation>
    </message>
    <message>
        <source>“%1” is not used by these API credentials as they are set (see their authentication settings), so it cannot be replaced.</source>
        <translation>“%1” is not used by these API credentials as they are set (see their authentication settings), so it cannot be replaced.</translation>
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
    <name>cc::SmsInfo</name>
    <message numerus="yes">
        <source>%n character(s) · GSM-7: %1 of %2 septets · %3 SMS</source>
        <comment>user-perceived characters; septets used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n character · GSM-7: %1 of %2 septets · %3 SMS</numerusform>
            <numerusform>%n characters · GSM-7: %1 of %2 septets · %3 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of %1): %2 of %3 code units · %4 SMS</source>
        <comment>user-perceived characters; the code point and Unicode name of the invisible character that forces UCS-2, e.g. U+00A0 NO-BREAK SPACE; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n character · UCS-2 (because of %1): %2 of %3 code units · %4 SMS</numerusform>
            <numerusform>%n characters · UCS-2 (because of %1): %2 of %3 code units · %4 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of %1 in “%2”): %3 of %4 code units · %5 SMS</source>
        <comment>user-perceived characters; the code point and Unicode name that forces UCS-2, e.g. U+0301 COMBINING ACUTE ACCENT, and the character it is part of; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n character · UCS-2 (because of %1 in “%2”): %3 of %4 code units · %5 SMS</numerusform>
            <numerusform>%n characters · UCS-2 (because of %1 in “%2”): %3 of %4 code units · %5 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of “%1”): %2 of %3 code units · %4 SMS</source>
        <comment>user-perceived characters; the first character that forces UCS-2; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n character · UCS-2 (because of “%1”): %2 of %3 code units · %4 SMS</numerusform>
            <numerusform>%n characters · UCS-2 (because of “%1”): %2 of %3 code units · %4 SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. An SMS holds 160 septets in GSM-7 (153 in each part of a longer message; ^ { } \ [ ] ~ | € take two) or 70 UTF-16 code units in UCS-2 (67 in each part; most emoji take two or more). A character is never cut between two parts.</source>
        <translation>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. An SMS holds 160 septets in GSM-7 (153 in each part of a longer message; ^ { } \ [ ] ~ | € take two) or 70 UTF-16 code units in UCS-2 (67 in each part; most emoji take two or more). A character is never cut between two parts.</translation>
    </message>
</context>
<context>
    <name>cc::StatusLook</name>
    <message>
        <source>Success</source>
        <extracomment>Said by screen readers before a message that reports a success.</extracomment>
        <translation>Success</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by screen readers before a warning.</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Said by screen readers before an error message.</extracomment>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>cc::TestSendDialog</name>
    <message>
        <source>Recipient: %1</source>
        <translation>Recipient: %1</translation>
    </message>
    <message>
        <source>Media URL: %1</source>
        <translation>Media URL: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Fetching the delivery report…</source>
        <translation>Fetching the delivery report…</translation>
    </message>
    <message>
        <source>Message ID: %1</source>
        <translation>Message ID: %1</translation>
    </message>
    <message>
        <source>Vendor status: %1</source>
        <translation>Vendor status: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Test send an MMS</source>
        <translation>Test send an MMS</translation>
    </message>
    <message>
        <source>Test send an SMS</source>
        <translation>Test send an SMS</translation>
    </message>
    <message>
        <source>Sends a real SMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</source>
        <translation>Sends a real SMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Optional: a number or name your account may send from</source>
        <translation>Optional: a number or name your account may send from</translation>
    </message>
    <message>
        <source>Text (optional)</source>
        <translation>Text (optional)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>Media URL</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Delivery report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Optional: the short code or long number to send from; empty uses the app&apos;s default MMS sender</source>
        <translation>Optional: the short code or long number to send from; empty uses the app&apos;s default MMS sender</translation>
    </message>
    <message>
        <source>+ country code and number, for example %1</source>
        <translation>+ country code and number, for example %1</translation>
    </message>
    <message>
        <source>Sends a real MMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</source>
        <translation>Sends a real MMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</translation>
    </message>
    <message>
        <source>Building the request…</source>
        <translation>Building the request…</translation>
    </message>
    <message>
        <source>Nothing was sent yet. Below is the request as it will go out (secrets masked); Send sends it as it is.</source>
        <translation>Nothing was sent yet. Below is the request as it will go out (secrets masked); Send sends it as it is.</translation>
    </message>
    <message>
        <source>Preview request…</source>
        <translation>Preview request…</translation>
    </message>
    <message>
        <source>The provider&apos;s answer (secrets masked):</source>
        <translation>The provider&apos;s answer (secrets masked):</translation>
    </message>
    <message>
        <source>The request that Send sends (secrets masked):</source>
        <translation>The request that Send sends (secrets masked):</translation>
    </message>
    <message>
        <source>Test send a message</source>
        <translation>Test send a message</translation>
    </message>
    <message>
        <source>Sends a real message with &quot;%1&quot; through %2: its text, with the media when you give a media URL. The recipient receives it and your account is charged.</source>
        <translation>Sends a real message with &quot;%1&quot; through %2: its text, with the media when you give a media URL. The recipient receives it and your account is charged.</translation>
    </message>
</context>
<context>
    <name>cc::VendorOperations</name>
    <message>
        <source>The credentials work: %1 accepted them. Nothing was sent.</source>
        <translation>The credentials work: %1 accepted them. Nothing was sent.</translation>
    </message>
    <message>
        <source>Enter the phone number to send the test message to.</source>
        <translation>Enter the phone number to send the test message to.</translation>
    </message>
    <message>
        <source>Enter the https address of the image or file to send as the test MMS.</source>
        <translation>Enter the https address of the image or file to send as the test MMS.</translation>
    </message>
    <message>
        <source>Enter the text of the test message.</source>
        <translation>Enter the text of the test message.</translation>
    </message>
    <message>
        <source>Sinch accepted the test message. Batch ID: %1. Use the delivery report to see whether it arrived.</source>
        <translation>Sinch accepted the test message. Batch ID: %1. Use the delivery report to see whether it arrived.</translation>
    </message>
    <message>
        <source>Sinch accepted the test MMS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</source>
        <translation>Sinch accepted the test MMS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</translation>
    </message>
    <message>
        <source>Infobip accepted the test message (status %1). Message ID: %2.</source>
        <translation>Infobip accepted the test message (status %1). Message ID: %2.</translation>
    </message>
    <message>
        <source>Infobip refused the test message (status %1): %2</source>
        <translation>Infobip refused the test message (status %1): %2</translation>
    </message>
    <message>
        <source>Sinch reports MMS delivery only to the app&apos;s webhooks; there is no report to fetch.</source>
        <translation>Sinch reports MMS delivery only to the app&apos;s webhooks; there is no report to fetch.</translation>
    </message>
    <message>
        <source>Send a test message first: its ID is needed to fetch the delivery report.</source>
        <translation>Send a test message first: its ID is needed to fetch the delivery report.</translation>
    </message>
    <message>
        <source>No delivery status yet for batch %1. Try again in a moment.</source>
        <translation>No delivery status yet for batch %1. Try again in a moment.</translation>
    </message>
    <message>
        <source>Delivery report for batch %1: %2.</source>
        <translation>Delivery report for batch %1: %2.</translation>
    </message>
    <message>
        <source>Infobip has no log for message %1 yet. Logs cover the last 48 hours; try again in a moment.</source>
        <translation>Infobip has no log for message %1 yet. Logs cover the last 48 hours; try again in a moment.</translation>
    </message>
    <message>
        <source>Message %1: %2 (%3).</source>
        <translation>Message %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Setting up the SMS channel of a Conversation app needs a Sinch MMS credential.</source>
        <translation>Setting up the SMS channel of a Conversation app needs a Sinch MMS credential.</translation>
    </message>
    <message numerus="yes">
        <source>Read the Conversation app %1 and its %n channel(s).</source>
        <translation>
            <numerusform>Read the Conversation app %1 and its %n channel.</numerusform>
            <numerusform>Read the Conversation app %1 and its %n channels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before changing the app: the Conversation API returned the credentials of its %1 channel(s) without their secrets, so an update would erase them. Set up the SMS channel in the Sinch dashboard instead.</source>
        <translation>Stopped before changing the app: the Conversation API returned the credentials of its %1 channel(s) without their secrets, so an update would erase them. Set up the SMS channel in the Sinch dashboard instead.</translation>
    </message>
    <message>
        <source>Set the app&apos;s SMS channel to service plan %1; the other channels were kept.</source>
        <translation>Set the app&apos;s SMS channel to service plan %1; the other channels were kept.</translation>
    </message>
    <message>
        <source>Created a webhook that sends inbound messages to %1.</source>
        <translation>Created a webhook that sends inbound messages to %1.</translation>
    </message>
    <message>
        <source>%1 Last step, in the Sinch dashboard: set the callback URL of service plan %2 to %3</source>
        <translation>%1 Last step, in the Sinch dashboard: set the callback URL of service plan %2 to %3</translation>
    </message>
    <message>
        <source>The SMS channel is active.</source>
        <translation>The SMS channel is active.</translation>
    </message>
    <message>
        <source>The SMS channel is pending: Sinch is still validating it. Check again in a moment.</source>
        <translation>The SMS channel is pending: Sinch is still validating it. Check again in a moment.</translation>
    </message>
    <message>
        <source>The SMS channel is failing. Check the service plan ID and SMS API token.</source>
        <translation>The SMS channel is failing. Check the service plan ID and SMS API token.</translation>
    </message>
    <message>
        <source>The SMS channel is failing: %1. Check the service plan ID and SMS API token.</source>
        <translation>The SMS channel is failing: %1. Check the service plan ID and SMS API token.</translation>
    </message>
    <message>
        <source>The app has no SMS channel after the update. Try again, or set it up in the Sinch dashboard.</source>
        <translation>The app has no SMS channel after the update. Try again, or set it up in the Sinch dashboard.</translation>
    </message>
    <message>
        <source>The SMS channel is set; Sinch did not report its state.</source>
        <translation>The SMS channel is set; Sinch did not report its state.</translation>
    </message>
    <message>
        <source>Sender: an MMS goes out from a short code or a long number. Enter its digits (a long number with + and the country code), or leave the sender empty to use the app&apos;s default MMS sender.</source>
        <translation>Sender: an MMS goes out from a short code or a long number. Enter its digits (a long number with + and the country code), or leave the sender empty to use the app&apos;s default MMS sender.</translation>
    </message>
    <message>
        <source>The app has %1 webhooks and Sinch allows %2 per app; none of them sends inbound messages to %3. Nothing was changed. Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again.</source>
        <translation>The app has %1 webhooks and Sinch allows %2 per app; none of them sends inbound messages to %3. Nothing was changed. Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again.</translation>
    </message>
    <message numerus="yes">
        <source>Read the app&apos;s %n webhook(s).</source>
        <translation>
            <numerusform>Read the app&apos;s %n webhook.</numerusform>
            <numerusform>Read the app&apos;s %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already set up: webhook %1 sends inbound messages to %2. It was reused; no webhook was created.</source>
        <translation>Already set up: webhook %1 sends inbound messages to %2. It was reused; no webhook was created.</translation>
    </message>
    <message>
        <source>Sinch refused to create the webhook: the app has reached Sinch&apos;s limit of %1 webhooks per app (%2). Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again; the SMS channel is already set up.</source>
        <translation>Sinch refused to create the webhook: the app has reached Sinch&apos;s limit of %1 webhooks per app (%2). Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again; the SMS channel is already set up.</translation>
    </message>
    <message>
        <source>%1 Last step: service plan %2 must send its callbacks to this app, but Sinch&apos;s documentation gives no SMS callback address for region %3. Link the service plan to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address.</source>
        <translation>%1 Last step: service plan %2 must send its callbacks to this app, but Sinch&apos;s documentation gives no SMS callback address for region %3. Link the service plan to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address.</translation>
    </message>
    <message>
        <source>%1 cannot send MMS with these API credentials, so the media URL would not be sent. Nothing was sent.</source>
        <translation>%1 cannot send MMS with these API credentials, so the media URL would not be sent. Nothing was sent.</translation>
    </message>
    <message>
        <source>%1 takes no sender with the message: it sends from the number set up with the vendor, so the sender would not be used. Nothing was sent.</source>
        <translation>%1 takes no sender with the message: it sends from the number set up with the vendor, so the sender would not be used. Nothing was sent.</translation>
    </message>
    <message>
        <source>The field “%1” is empty. Fill it in in the credential&apos;s form and try again.</source>
        <translation>The field “%1” is empty. Fill it in in the credential&apos;s form and try again.</translation>
    </message>
    <message>
        <source>%1 has no delivery report the console can fetch.</source>
        <translation>%1 has no delivery report the console can fetch.</translation>
    </message>
    <message>
        <source>%1 has no channel set-up in the console. It is offered for %2.</source>
        <translation>%1 has no channel set-up in the console. It is offered for %2.</translation>
    </message>
    <message>
        <source>Sinch accepted the test message, to go as RCS, or as SMS when the phone cannot receive RCS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</source>
        <translation>Sinch accepted the test message, to go as RCS, or as SMS when the phone cannot receive RCS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</translation>
    </message>
    <message>
        <source>Sinch reports RCS delivery only to the app&apos;s webhooks; there is no report to fetch.</source>
        <translation>Sinch reports RCS delivery only to the app&apos;s webhooks; there is no report to fetch.</translation>
    </message>
    <message>
        <source>The credentials work, but Twilio says the account is %1: it sends no messages until it is active again.</source>
        <translation>The credentials work, but Twilio says the account is %1: it sends no messages until it is active again.</translation>
    </message>
    <message>
        <source>Twilio accepted the test message (status %1). Message SID: %2. Use the delivery report to see whether it arrived.</source>
        <translation>Twilio accepted the test message (status %1). Message SID: %2. Use the delivery report to see whether it arrived.</translation>
    </message>
    <message>
        <source>Twilio did not send the test message (status %1): %2</source>
        <translation>Twilio did not send the test message (status %1): %2</translation>
    </message>
    <message>
        <source>Twilio did not send the test message (status %1).</source>
        <translation>Twilio did not send the test message (status %1).</translation>
    </message>
    <message>
        <source>Message %1: %2.</source>
        <translation>Message %1: %2.</translation>
    </message>
    <message>
        <source>Message %1: %2. Twilio&apos;s error: %3</source>
        <translation>Message %1: %2. Twilio&apos;s error: %3</translation>
    </message>
    <message>
        <source>The access token could not be fetched from the token URL, so nothing else was sent. %1</source>
        <translation>The access token could not be fetched from the token URL, so nothing else was sent. %1</translation>
    </message>
    <message>
        <source>%1 accepted the test message (HTTP %2). Its answer is shown as it came; whether the message arrived, only %1 can tell.</source>
        <translation>%1 accepted the test message (HTTP %2). Its answer is shown as it came; whether the message arrived, only %1 can tell.</translation>
    </message>
    <message>
        <source>The settings are complete and valid, but %1 has no read-only call: nothing can be checked with it without sending a message. Nothing was sent. Use Test send to try it.</source>
        <translation>The settings are complete and valid, but %1 has no read-only call: nothing can be checked with it without sending a message. Nothing was sent. Use Test send to try it.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 settings work: the token URL gave an access token. %1 itself has no read-only call, so nothing was sent to it.</source>
        <translation>The OAuth 2.0 settings work: the token URL gave an access token. %1 itself has no read-only call, so nothing was sent to it.</translation>
    </message>
    <message>
        <source>The client certificate file “%1” cannot be read as a PEM certificate. Nothing was sent.</source>
        <translation>The client certificate file “%1” cannot be read as a PEM certificate. Nothing was sent.</translation>
    </message>
    <message>
        <source>The client key file “%1” cannot be read as a PEM private key (RSA or EC), or its passphrase is wrong. Nothing was sent.</source>
        <translation>The client key file “%1” cannot be read as a PEM private key (RSA or EC), or its passphrase is wrong. Nothing was sent.</translation>
    </message>
    <message>
        <source>The field “%1” is not a valid template. Open the credential&apos;s form to see what is wrong. Nothing was sent.</source>
        <translation>The field “%1” is not a valid template. Open the credential&apos;s form to see what is wrong. Nothing was sent.</translation>
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
