<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>cc::ActivityLog</name>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>Channel set-up</source>
        <translation>Configuration du canal</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>Informations d’identification</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Replace secret</source>
        <translation>Remplacer un secret</translation>
    </message>
</context>
<context>
    <name>cc::ActivityLogDialog</name>
    <message>
        <source>Export the activity log</source>
        <translation>Exporter le journal d’activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Filter by credentials or detail</source>
        <translation>Filtrer par informations d’identification ou par détail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the log file were skipped.</source>
        <translation>
            <numerusform>%n ligne endommagée du fichier journal a été ignorée.</numerusform>
            <numerusform>%n lignes endommagées du fichier journal ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>cc::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>Informations d’identification</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>cc::ChannelSetupDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Webhook target URL: %1</source>
        <translation>URL cible du webhook&#xa0;: %1</translation>
    </message>
    <message>
        <source>Setting up the SMS channel…</source>
        <translation>Configuration du canal SMS…</translation>
    </message>
    <message>
        <source>SMS channel state: %1</source>
        <translation>État du canal SMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set up the SMS channel</source>
        <translation>Configurer le canal SMS</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Webhook target URL</source>
        <translation>URL cible du webhook</translation>
    </message>
    <message>
        <source>Optional: where the Conversation API posts inbound messages (MESSAGE_INBOUND).</source>
        <translation>Facultatif&#xa0;: l’adresse à laquelle l’API Conversation envoie les messages entrants (MESSAGE_INBOUND).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Set up the inbound webhook</source>
        <translation>Configurer le webhook entrant</translation>
    </message>
    <message>
        <source>Connects the Sinch Conversation app %1 of &quot;%2&quot; to the SMS service plan %3: its SMS channel gets the service plan ID and SMS API token; the app&apos;s other channels are kept.</source>
        <translation>Relie l’application Sinch Conversation %1 de «&#xa0;%2&#xa0;» au plan de service SMS %3&#xa0;: son canal SMS reçoit l’identifiant du plan de service et le jeton d’API SMS&#x202f;; les autres canaux de l’application sont conservés.</translation>
    </message>
    <message>
        <source>Sinch&apos;s documentation gives SMS callback addresses for its eu1 and us1 adapters only, none for region %1. Link service plan %2 to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address; the console does not guess one.</source>
        <translation>La documentation de Sinch ne donne d’adresse de rappel SMS que pour ses adaptateurs eu1 et us1, aucune pour la région %1. Associez le plan de service %2 à l’application dans le tableau de bord Sinch, qui définit lui-même l’adresse de rappel, ou demandez-la au support Sinch&#x202f;; la console n’en invente pas.</translation>
    </message>
    <message>
        <source>Set this as the callback URL of service plan %1 in the Sinch dashboard (SMS &gt; APIs). It is the address Sinch&apos;s current SMS channel documentation gives: host xms-adapter, region %2, not the API&apos;s region code %3. An older copy of that page showed whatsapp-adapter; the console follows Sinch&apos;s current documentation.</source>
        <translation>Définissez-la comme URL de rappel du plan de service %1 dans le tableau de bord Sinch (SMS &gt; API). C’est l’adresse que donne la documentation actuelle de Sinch sur le canal SMS&#xa0;: hôte xms-adapter, région %2, et non le code de région %3 de l’API. Une ancienne copie de cette page indiquait whatsapp-adapter&#x202f;; la console suit la documentation actuelle de Sinch.</translation>
    </message>
    <message>
        <source>Fetch the Conversation app&apos;s settings</source>
        <translation>Récupérer les réglages de l’application Conversation</translation>
    </message>
    <message>
        <source>Fetch the app&apos;s webhooks</source>
        <translation>Récupérer les webhooks de l’application</translation>
    </message>
    <message>
        <source>Add or update the app&apos;s SMS channel</source>
        <translation>Ajouter ou mettre à jour le canal SMS de l’application</translation>
    </message>
    <message>
        <source>Check the SMS channel&apos;s state</source>
        <translation>Vérifier l’état du canal SMS</translation>
    </message>
    <message>
        <source>Steps of the set-up</source>
        <translation>Étapes de la configuration</translation>
    </message>
</context>
<context>
    <name>cc::CheckAllDialog</name>
    <message>
        <source>Checked %1 of %2…</source>
        <translation>%1 vérifiés sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n API credential(s)…</source>
        <translation>
            <numerusform>Vérification de %n ensemble d’informations d’identification de l’API…</numerusform>
            <numerusform>Vérification de %n ensembles d’informations d’identification de l’API…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check API credentials</source>
        <translation>Vérifier les informations d’identification de l’API</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>Informations d’identification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Outcome of each check</source>
        <translation>Résultat de chaque vérification</translation>
    </message>
</context>
<context>
    <name>cc::CheckAllRunner</name>
    <message numerus="yes">
        <source>%n checked: %1 OK, %2 failing; %3 not checked (cancelled).</source>
        <translation>
            <numerusform>%n vérifié&#xa0;: %1 OK, %2 en échec&#x202f;; non vérifiés (annulation)&#xa0;: %3.</numerusform>
            <numerusform>%n vérifiés&#xa0;: %1 OK, %2 en échec&#x202f;; non vérifiés (annulation)&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked: %1 OK, %2 failing.</source>
        <translation>
            <numerusform>%n vérifié&#xa0;: %1 OK, %2 en échec.</numerusform>
            <numerusform>%n vérifiés&#xa0;: %1 OK, %2 en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::Cli</name>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>The recipient, in E.164 form (+ and country code).</source>
        <translation>Le destinataire, au format E.164 (+ et indicatif du pays).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Skip, rather than rename, credentials whose name is taken.</source>
        <translation>Ignorer, au lieu de les renommer, les informations d’identification dont le nom est déjà pris.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API credentials named &quot;%1&quot;. See: channel-console list</source>
        <translation>Aucune information d’identification de l’API nommée «&#xa0;%1&#xa0;». Voir&#xa0;: channel-console list</translation>
    </message>
    <message>
        <source>Cannot read the secrets from standard input.</source>
        <translation>Impossible de lire les secrets sur l’entrée standard.</translation>
    </message>
    <message>
        <source>No secrets on standard input: give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</source>
        <translation>Aucun secret sur l’entrée standard&#xa0;: fournissez un objet JSON tel que {&quot;apiToken&quot;: &quot;…&quot;} ou des lignes telles que apiToken=…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--secrets-stdin needs a file with exactly one credential to import; this one has %1.</source>
        <translation>--secrets-stdin nécessite un fichier contenant exactement un ensemble d’informations d’identification à importer&#x202f;; celui-ci en contient %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;?</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Nothing was imported: the errors above say why.</source>
        <translation>Rien n’a été importé&#xa0;: les erreurs ci-dessus en donnent la raison.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 API credentials to import were saved; the errors above say why.</source>
        <translation>Seules %1 des %2 informations d’identification de l’API à importer ont été enregistrées&#x202f;; les erreurs ci-dessus en donnent la raison.</translation>
    </message>
    <message>
        <source>The message text; for an MMS, the text shown with the media (optional).</source>
        <translation>Le texte du message&#x202f;; pour un MMS, le texte affiché avec le média (facultatif).</translation>
    </message>
    <message>
        <source>The https address of the image or file to send as an MMS. Only with API credentials of %1.</source>
        <translation>L’adresse https de l’image ou du fichier à envoyer en MMS. Uniquement avec des informations d’identification de l’API de %1.</translation>
    </message>
    <message>
        <source>The sender: a number or name the account may send from (the account&apos;s default without it). Only with API credentials of %1.</source>
        <translation>L’expéditeur&#xa0;: un numéro ou un nom depuis lequel le compte peut envoyer (sans cette option, celui par défaut du compte). Uniquement avec des informations d’identification de l’API de %1.</translation>
    </message>
    <message>
        <source>Also create a webhook that sends inbound messages to &lt;url&gt; (https).</source>
        <translation>Créer aussi un webhook qui envoie les messages entrants vers &lt;url&gt; (https).</translation>
    </message>
    <message>
        <source>Export every API credential (the default without names).</source>
        <translation>Exporter toutes les informations d’identification de l’API (par défaut, sans noms).</translation>
    </message>
    <message>
        <source>Read the secrets from standard input, as a JSON object {&quot;apiToken&quot;: &quot;…&quot;} or key=value lines, instead of the keychain.</source>
        <translation>Lire les secrets sur l’entrée standard, sous forme d’objet JSON {&quot;apiToken&quot;: &quot;…&quot;} ou de lignes clé=valeur, au lieu du trousseau de clés.</translation>
    </message>
    <message>
        <source>Use the database &lt;file&gt; instead of the default one.</source>
        <translation>Utiliser la base de données &lt;fichier&gt; au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, fr or nl) for this run.</source>
        <translation>Utiliser &lt;langue&gt; (en, fr ou nl) pour cette exécution.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>the name or id of the API credentials</source>
        <translation>le nom ou l’identifiant des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>List the API credentials.</source>
        <translation>Lister les informations d’identification de l’API.</translation>
    </message>
    <message>
        <source>channel-console check &lt;name|id&gt; [--secrets-stdin] [--json]</source>
        <translation>channel-console check &lt;nom|id&gt; [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Check API credentials with their vendor; nothing is sent.</source>
        <translation>Vérifier des informations d’identification de l’API auprès de leur fournisseur&#x202f;; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Makes a read-only call to the vendor with the API credentials and says whether the vendor accepts them. Nothing is sent to anybody. The outcome is kept as the list&apos;s last check.</source>
        <translation>Fait un appel en lecture seule au fournisseur avec les informations d’identification de l’API et indique si le fournisseur les accepte. Rien n’est envoyé à personne. Le résultat est conservé comme dernière vérification dans la liste.</translation>
    </message>
    <message>
        <source>channel-console setup-channel &lt;name|id&gt; [--webhook &lt;url&gt;] [--secrets-stdin] [--json]</source>
        <translation>channel-console setup-channel &lt;nom|id&gt; [--webhook &lt;url&gt;] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>channel-console import &lt;file&gt; [--skip-existing] [--secrets-stdin] [--json]</source>
        <translation>channel-console import &lt;fichier&gt; [--skip-existing] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Import API credentials from an export file.</source>
        <translation>Importer des informations d’identification de l’API depuis un fichier d’exportation.</translation>
    </message>
    <message>
        <source>Imports the API credentials of a file written by export (or by the window&apos;s Export selected). The whole file is checked first: if any entry is refused, nothing is imported. A name already in use is renamed, or skipped with --skip-existing. Exports hold no secrets: with --secrets-stdin, a file of one credential gets its secrets from standard input.</source>
        <translation>Importe les informations d’identification de l’API d’un fichier écrit par export (ou par «&#xa0;Exporter la sélection&#xa0;» dans la fenêtre). Tout le fichier est d’abord vérifié&#xa0;: si une entrée est refusée, rien n’est importé. Un nom déjà utilisé est renommé, ou ignoré avec --skip-existing. Les exportations ne contiennent aucun secret&#xa0;: avec --secrets-stdin, un fichier d’un seul ensemble d’informations d’identification reçoit ses secrets de l’entrée standard.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>le fichier à importer</translation>
    </message>
    <message>
        <source>channel-console export &lt;file&gt; [&lt;name|id&gt;...] [--all] [--json]</source>
        <translation>channel-console export &lt;fichier&gt; [&lt;nom|id&gt;...] [--all] [--json]</translation>
    </message>
    <message>
        <source>Export API credentials to a file, without their secrets.</source>
        <translation>Exporter des informations d’identification de l’API dans un fichier, sans leurs secrets.</translation>
    </message>
    <message>
        <source>Writes the non-secret settings of the named API credentials, or of all of them without names, to &lt;file&gt; (readable by you only), or to standard output for -. The file is what import and the window&apos;s Import read. Secrets are never exported.</source>
        <translation>Écrit les paramètres non secrets des informations d’identification de l’API nommées, ou de toutes sans noms, dans &lt;fichier&gt; (lisible par vous seul), ou sur la sortie standard pour -. Ce fichier est celui que lisent import et «&#xa0;Importer&#xa0;» dans la fenêtre. Les secrets ne sont jamais exportés.</translation>
    </message>
    <message>
        <source>the file to write (- for standard output)</source>
        <translation>le fichier à écrire (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>channel-console help [&lt;command&gt;|exit-codes]</source>
        <translation>channel-console help [&lt;commande&gt;|exit-codes]</translation>
    </message>
    <message>
        <source>Show the help of a command, or the exit codes.</source>
        <translation>Afficher l’aide d’une commande, ou les codes de sortie.</translation>
    </message>
    <message>
        <source>Shows the help of a command (the same as channel-console &lt;command&gt; --help), or with exit-codes what each exit code means.</source>
        <translation>Affiche l’aide d’une commande (comme channel-console &lt;commande&gt; --help) ou, avec exit-codes, la signification de chaque code de sortie.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: channel-console help exit-codes</source>
        <translation>Codes de sortie&#xa0;: channel-console help exit-codes</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>another failure (a file that cannot be read or written, ...)</source>
        <translation>un autre échec (un fichier impossible à lire ou à écrire…)</translation>
    </message>
    <message>
        <source>usage: an unknown command or option, a missing argument, or an option the API credentials&apos; vendor cannot honour (nothing is sent)</source>
        <translation>utilisation&#xa0;: une commande ou une option inconnue, un argument manquant, ou une option que le fournisseur des informations d’identification de l’API ne peut pas honorer (rien n’est envoyé)</translation>
    </message>
    <message>
        <source>no API credentials with that name or id</source>
        <translation>aucune information d’identification de l’API avec ce nom ou cet identifiant</translation>
    </message>
    <message>
        <source>a secret is missing, or the keychain is unreachable or locked</source>
        <translation>un secret manque, ou le trousseau de clés est inaccessible ou verrouillé</translation>
    </message>
    <message>
        <source>the database: damaged, newer, not a regular file, or a change it could not save (a full disk, another process&apos;s lock)</source>
        <translation>la base de données&#xa0;: endommagée, plus récente, pas un fichier ordinaire, ou une modification impossible à enregistrer (disque plein, verrou d’un autre processus)</translation>
    </message>
    <message>
        <source>invalid input: a rule of the form, a phone number, an import file</source>
        <translation>saisie non valide&#xa0;: une règle du formulaire, un numéro de téléphone, un fichier d’importation</translation>
    </message>
    <message>
        <source>the vendor rejected the credentials (HTTP 401, 403)</source>
        <translation>le fournisseur a refusé les informations d’identification (HTTP 401, 403)</translation>
    </message>
    <message>
        <source>unknown account, project, app or region (HTTP 404)</source>
        <translation>compte, projet, application ou région inconnus (HTTP 404)</translation>
    </message>
    <message>
        <source>the vendor&apos;s validation refused the request (HTTP 400)</source>
        <translation>la validation du fournisseur a refusé la requête (HTTP 400)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429)</source>
        <translation>débit limité (HTTP 429)</translation>
    </message>
    <message>
        <source>the vendor is unavailable (HTTP 5xx)</source>
        <translation>le fournisseur est indisponible (HTTP 5xx)</translation>
    </message>
    <message>
        <source>network: timeout, DNS, TLS, connection; also a test send whose connection dropped after it went out (&quot;maybe-sent&quot;), which is never sent again by itself</source>
        <translation>réseau&#xa0;: délai dépassé, DNS, TLS, connexion&#x202f;; aussi un envoi de test dont la connexion a été coupée après son départ («&#xa0;maybe-sent&#xa0;»), qui n’est jamais renvoyé automatiquement</translation>
    </message>
    <message>
        <source>a malformed, oversized or redirected answer</source>
        <translation>une réponse mal formée, trop volumineuse ou redirigée</translation>
    </message>
    <message>
        <source>Exit codes of the commands:</source>
        <translation>Codes de sortie des commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are %2; see channel-console --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Les commandes sont %2&#x202f;; voir channel-console --help.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Without a command: save a picture of the main window as &lt;png&gt;, then quit.</source>
        <translation>Sans commande&#xa0;: enregistrer une image de la fenêtre principale dans &lt;png&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] &lt;command&gt; [&lt;arguments&gt;]</source>
        <translation>channel-console [--store &lt;fichier&gt;] [--language &lt;langue&gt;] &lt;commande&gt; [&lt;arguments&gt;]</translation>
    </message>
    <message>
        <source>channel-console [--store &lt;file&gt;] [--language &lt;language&gt;] [--screenshot &lt;png&gt;]   (the window)</source>
        <translation>channel-console [--store &lt;fichier&gt;] [--language &lt;langue&gt;] [--screenshot &lt;png&gt;]   (la fenêtre)</translation>
    </message>
    <message>
        <source>Without a command, it opens the window.</source>
        <translation>Sans commande, la fenêtre s’ouvre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>A command&apos;s arguments and options: channel-console help &lt;command&gt;, or channel-console &lt;command&gt; --help.</source>
        <translation>Arguments et options d’une commande&#xa0;: channel-console help &lt;commande&gt;, ou channel-console &lt;commande&gt; --help.</translation>
    </message>
    <message>
        <source>What each exit code means: channel-console help exit-codes.</source>
        <translation>Signification de chaque code de sortie&#xa0;: channel-console help exit-codes.</translation>
    </message>
    <message>
        <source>The command help takes one command at most. See: channel-console help help</source>
        <translation>La commande help prend une commande au plus. Voir&#xa0;: channel-console help help</translation>
    </message>
    <message>
        <source>The command %1 has no option %2. See: channel-console help %1</source>
        <translation>La commande %1 n’a pas d’option %2. Voir&#xa0;: channel-console help %1</translation>
    </message>
    <message>
        <source>The command %1 has no option %2. Did you mean %3?</source>
        <translation>La commande %1 n’a pas d’option %2. Vouliez-vous dire %3&#x202f;?</translation>
    </message>
    <message>
        <source>The option %1 takes no value; give it without &quot;=%2&quot;.</source>
        <translation>L’option %1 ne prend pas de valeur&#x202f;; donnez-la sans «&#xa0;=%2&#xa0;».</translation>
    </message>
    <message>
        <source>The option %1 needs a value: %1 &lt;%2&gt;.</source>
        <translation>L’option %1 nécessite une valeur&#xa0;: %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>The option %1 is given twice; give it once.</source>
        <translation>L’option %1 est donnée deux fois&#x202f;; donnez-la une seule fois.</translation>
    </message>
    <message>
        <source>The command %1 needs %2. See: channel-console help %1</source>
        <translation>La commande %1 nécessite %2. Voir&#xa0;: channel-console help %1</translation>
    </message>
    <message>
        <source>The command %1 takes no argument, but &quot;%2&quot; was given. See: channel-console help %1</source>
        <translation>La commande %1 ne prend pas d’argument, mais «&#xa0;%2&#xa0;» a été donné. Voir&#xa0;: channel-console help %1</translation>
    </message>
    <message numerus="yes">
        <source>The command %1 takes only %n argument(s); &quot;%2&quot; is one too many (put a name with spaces in quotes). See: channel-console help %1</source>
        <translation>
            <numerusform>La commande %1 ne prend que %n argument&#x202f;; «&#xa0;%2&#xa0;» est de trop (mettez un nom contenant des espaces entre guillemets). Voir&#xa0;: channel-console help %1</numerusform>
            <numerusform>La commande %1 ne prend que %n arguments&#x202f;; «&#xa0;%2&#xa0;» est de trop (mettez un nom contenant des espaces entre guillemets). Voir&#xa0;: channel-console help %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The command send needs --to &lt;number&gt;: the recipient, in E.164 form (+ and country code).</source>
        <translation>La commande send nécessite --to &lt;numéro&gt;&#xa0;: le destinataire, au format E.164 (+ et indicatif du pays).</translation>
    </message>
    <message>
        <source>--all exports every API credential: give names or --all, not both.</source>
        <translation>--all exporte toutes les informations d’identification de l’API&#xa0;: donnez des noms ou --all, pas les deux.</translation>
    </message>
    <message>
        <source>--json cannot be used with -: the export itself goes to standard output.</source>
        <translation>--json ne peut pas être utilisé avec -&#xa0;: l’exportation elle-même va sur la sortie standard.</translation>
    </message>
    <message>
        <source>--media-url cannot be used with &quot;%1&quot;: %2 cannot send MMS with these API credentials. Nothing was sent. Send without --media-url, or with API credentials of %3.</source>
        <translation>--media-url ne peut pas être utilisé avec «&#xa0;%1&#xa0;»&#xa0;: %2 ne peut pas envoyer de MMS avec ces informations d’identification de l’API. Rien n’a été envoyé. Envoyez sans --media-url, ou avec des informations d’identification de l’API de %3.</translation>
    </message>
    <message>
        <source>--from cannot be used with &quot;%1&quot;: %2 takes no sender with the message and sends from the number set up with the vendor. Nothing was sent. Send without --from.</source>
        <translation>--from ne peut pas être utilisé avec «&#xa0;%1&#xa0;»&#xa0;: %2 n’accepte pas d’expéditeur avec le message et envoie depuis le numéro configuré chez le fournisseur. Rien n’a été envoyé. Envoyez sans --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are %2 API credentials, which send MMS only: give the media&apos;s https address with --media-url (and a text with --text if you like).</source>
        <translation>«&#xa0;%1&#xa0;» sont des informations d’identification de l’API %2, qui n’envoient que des MMS&#xa0;: donnez l’adresse https du média avec --media-url (et un texte avec --text si vous le souhaitez).</translation>
    </message>
    <message>
        <source>The command send needs --text &lt;text&gt;: the text of the message.</source>
        <translation>La commande send nécessite --text &lt;texte&gt;&#xa0;: le texte du message.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are %2 API credentials, which have no channel to set up: setup-channel works with API credentials of %3.</source>
        <translation>«&#xa0;%1&#xa0;» sont des informations d’identification de l’API %2, qui n’ont pas de canal à configurer&#xa0;: setup-channel fonctionne avec des informations d’identification de l’API de %3.</translation>
    </message>
    <message>
        <source>Standard input holds &quot;%1&quot;, which is no secret of %2 API credentials: give %3.</source>
        <translation>L’entrée standard contient «&#xa0;%1&#xa0;», qui n’est pas un secret des informations d’identification de l’API %2&#xa0;: donnez %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of &quot;%2&quot; is not on standard input: give it as %3=… or in a JSON object.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» ne figure pas sur l’entrée standard&#xa0;: donnez-le sous la forme %3=… ou dans un objet JSON.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n API credential(s) without their secrets to %1.</source>
        <translation>
            <numerusform>%n ensemble d’informations d’identification de l’API exporté sans ses secrets vers %1.</numerusform>
            <numerusform>%n ensembles d’informations d’identification de l’API exportés sans leurs secrets vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the region that accepted the API credentials, when exactly one did.</source>
        <translation>Définir la région qui a accepté les informations d’identification de l’API, si une seule l’a fait.</translation>
    </message>
    <message>
        <source>channel-console detect-region &lt;name|id&gt; [--apply] [--secrets-stdin] [--json]</source>
        <translation>channel-console detect-region &lt;nom|id&gt; [--apply] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>Find the region the account of API credentials is in; nothing is sent.</source>
        <translation>Trouver la région du compte d’informations d’identification de l’API&#x202f;; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Makes the read-only check of the API credentials against every region of their vendor at once and prints, for each region, whether it accepted them, rejected them, did not know the account or could not be reached, and how long it took. Nothing is sent to anybody. With --apply, the region that accepted them is set (when exactly one did).</source>
        <translation>Fait la vérification en lecture seule des informations d’identification de l’API auprès de toutes les régions de leur fournisseur à la fois et indique, pour chaque région, si elle les a acceptées, refusées, ne connaissait pas le compte ou n’a pas pu être jointe, et en combien de temps. Rien n’est envoyé à personne. Avec --apply, la région qui les a acceptées est définie (si une seule l’a fait).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>More than one region accepted the API credentials; the region was left as it is (%1).</source>
        <translation>Plusieurs régions ont accepté les informations d’identification de l’API&#x202f;; la région reste telle quelle (%1).</translation>
    </message>
    <message>
        <source>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</source>
        <translation>Aucune région n’a accepté les informations d’identification de l’API&#xa0;: vérifiez les secrets, et les ID de projet, d’application ou de plan de service.</translation>
    </message>
    <message>
        <source>Region set to %1.</source>
        <translation>Région définie sur %1.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, the region they have.</source>
        <translation>Les informations d’identification de l’API fonctionnent dans la région %1, celle qu’elles ont.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, not in %2. To set it: channel-console detect-region %3 --apply</source>
        <translation>Les informations d’identification de l’API fonctionnent dans la région %1, pas dans %2. Pour la définir&#xa0;: channel-console detect-region %3 --apply</translation>
    </message>
    <message>
        <source>Print the request the message would make (method, address, headers and body, secrets masked) and send nothing.</source>
        <translation>Affiche la requête que ferait le message (méthode, adresse, en-têtes et corps, secrets masqués) et n’envoie rien.</translation>
    </message>
    <message>
        <source>channel-console send &lt;name|id&gt; --to &lt;number&gt; [--text &lt;text&gt;] [--media-url &lt;url&gt;] [--from &lt;sender&gt;] [--dry-run] [--secrets-stdin] [--json]</source>
        <translation>channel-console send &lt;nom|id&gt; --to &lt;numéro&gt; [--text &lt;texte&gt;] [--media-url &lt;url&gt;] [--from &lt;expéditeur&gt;] [--dry-run] [--secrets-stdin] [--json]</translation>
    </message>
    <message>
        <source>The answer (secrets masked):</source>
        <translation>La réponse (secrets masqués)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was sent. The request would be (secrets masked):</source>
        <translation>Rien n’a été envoyé. La requête serait (secrets masqués)&#xa0;:</translation>
    </message>
    <message>
        <source>The request (secrets masked):</source>
        <translation>La requête (secrets masqués)&#xa0;:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Flag the API credentials whose secrets were set more than &lt;days&gt; days ago.</source>
        <translation>Signaler les informations d’identification de l’API dont les secrets ont été définis il y a plus de &lt;jours&gt; jours.</translation>
    </message>
    <message>
        <source>channel-console list [--max-secret-age &lt;days&gt;] [--json]</source>
        <translation>channel-console list [--max-secret-age &lt;jours&gt;] [--json]</translation>
    </message>
    <message>
        <source>Lists the API credentials, one a line: name, SMS vendor, identifier, region, the outcome of the last check and the age of the secrets (since they were last set), flagged when older than --max-secret-age days. Secrets are never printed.</source>
        <translation>Affiche les informations d’identification de l’API, une par ligne&#xa0;: nom, fournisseur de SMS, identifiant, région, résultat de la dernière vérification et âge des secrets (depuis leur dernière définition), signalé au-delà de --max-secret-age jours. Les secrets ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>channel-console rotate &lt;name|id&gt; &lt;field&gt; --secrets-stdin [--json]</source>
        <translation>channel-console rotate &lt;nom|id&gt; &lt;champ&gt; --secrets-stdin [--json]</translation>
    </message>
    <message>
        <source>Replace a secret, once the vendor accepts the new value.</source>
        <translation>Remplacer un secret, une fois la nouvelle valeur acceptée par le fournisseur.</translation>
    </message>
    <message>
        <source>Reads the new value of the secret &lt;field&gt; (such as apiToken) from standard input, as {&quot;&lt;field&gt;&quot;: &quot;…&quot;} or &lt;field&gt;=…, and checks it with the vendor (a read-only call; nothing is sent to anybody) together with the other secrets from the keychain. Only when the vendor accepts it is it written to the keychain in place of the old one. If the check, the keychain or the database fails, the old value is kept and nothing changes. Every attempt is recorded in the activity log.</source>
        <translation>Lit la nouvelle valeur du secret &lt;champ&gt; (par exemple apiToken) sur l’entrée standard, sous la forme {&quot;&lt;champ&gt;&quot;: &quot;…&quot;} ou &lt;champ&gt;=…, et la vérifie auprès du fournisseur (un appel en lecture seule&#x202f;; rien n’est envoyé à personne) avec les autres secrets du trousseau de clés. Ce n’est que si le fournisseur l’accepte qu’elle est écrite dans le trousseau de clés à la place de l’ancienne. Si la vérification, le trousseau de clés ou la base de données échoue, l’ancienne valeur est conservée et rien ne change. Chaque tentative est enregistrée dans le journal d’activité.</translation>
    </message>
    <message>
        <source>the name or id of the API credentials and the secret field to replace</source>
        <translation>le nom ou l’identifiant des informations d’identification de l’API et le champ secret à remplacer</translation>
    </message>
    <message>
        <source>The command rotate needs --secrets-stdin: the new value is read from standard input, never from the command line.</source>
        <translation>La commande rotate nécessite --secrets-stdin&#xa0;: la nouvelle valeur est lue sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>--max-secret-age takes a number of days, 1 or more; &quot;%1&quot; is not one.</source>
        <translation>--max-secret-age attend un nombre de jours, 1 ou plus&#x202f;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;. Its secrets are %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de champ «&#xa0;%2&#xa0;». Ses secrets sont %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no field &quot;%2&quot;. Did you mean %3?</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de champ «&#xa0;%2&#xa0;». Vouliez-vous dire %3&#x202f;?</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) of &quot;%3&quot; is not a secret; change it in the window&apos;s form. Its secrets are %4.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» (%2) de «&#xa0;%3&#xa0;» n’est pas un secret&#x202f;; modifiez-le dans le formulaire de la fenêtre. Ses secrets sont %4.</translation>
    </message>
    <message>
        <source>Standard input holds &quot;%1&quot;, but rotate replaces only &quot;%2&quot;: give %2 alone.</source>
        <translation>L’entrée standard contient «&#xa0;%1&#xa0;», mais rotate ne remplace que «&#xa0;%2&#xa0;»&#xa0;: donnez %2 seul.</translation>
    </message>
    <message>
        <source>The new value of &quot;%1&quot; is not on standard input: give it as %2=… or in a JSON object.</source>
        <translation>La nouvelle valeur de «&#xa0;%1&#xa0;» ne figure pas sur l’entrée standard&#xa0;: donnez-la sous la forme %2=… ou dans un objet JSON.</translation>
    </message>
    <message>
        <source>Send a real test message (SMS, MMS or RCS).</source>
        <translation>Envoyer un vrai message de test (SMS, MMS ou RCS).</translation>
    </message>
    <message>
        <source>Sends a real test message with the API credentials: an SMS with --text, or an MMS with --media-url where the vendor sends MMS; where it sends RCS, an RCS text, or a rich card with --media-url, that goes as SMS to a phone without RCS. The recipient receives it and the account is charged. An option the vendor cannot honour is refused, and nothing is sent. A send whose connection dropped after it went out is never sent again by itself (exit code 15). With --dry-run it prints the request and sends nothing; for a vendor whose request you write (%1) the request is printed before it goes out, and the vendor&apos;s answer after.</source>
        <translation>Envoie un vrai message de test avec les informations d’identification de l’API&#xa0;: un SMS avec --text, ou un MMS avec --media-url si le fournisseur envoie des MMS&#x202f;; s’il envoie des RCS, un texte RCS, ou une carte enrichie avec --media-url, qui part en SMS vers un téléphone sans RCS. Le destinataire le reçoit et le compte est facturé. Une option que le fournisseur ne peut pas honorer est refusée, et rien n’est envoyé. Un envoi dont la connexion a été coupée après son départ n’est jamais renvoyé de lui-même (code de sortie 15). Avec --dry-run, la commande affiche la requête et n’envoie rien&#x202f;; pour un fournisseur dont vous écrivez la requête (%1), la requête est affichée avant de partir, et la réponse du fournisseur après.</translation>
    </message>
    <message>
        <source>Set up the SMS channel of a messaging app (%1).</source>
        <translation>Configurer le canal SMS d’une application de messagerie (%1).</translation>
    </message>
    <message>
        <source>Runs the vendor&apos;s channel set-up (%1): adds or replaces the SMS channel of the API credentials&apos; messaging app, keeping its other channels, creates an inbound-message webhook with --webhook, and says the callback URL to give the service plan.</source>
        <translation>Lance la configuration du canal du fournisseur (%1)&#xa0;: ajoute ou remplace le canal SMS de l’application de messagerie des informations d’identification de l’API, en conservant ses autres canaux, crée un webhook de messages entrants avec --webhook et indique l’URL de rappel à définir pour le plan de service.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>the vendor answered with success but not with what was asked for (&quot;unexpected-result&quot;), so that nothing more was changed</source>
        <translation>le fournisseur a répondu par un succès, mais pas par ce qui était demandé («&#xa0;unexpected-result&#xa0;»), si bien que rien d’autre n’a été modifié</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is no set of secrets. Nothing was read.</source>
        <translation>L’entrée standard contient plus de %1&#xa0;Kio&#xa0;: ce ne sont pas des secrets. Rien n’a été lu.</translation>
    </message>
    <message>
        <source>Standard input is not valid JSON (%1 at byte %2): give a JSON object such as {&quot;apiToken&quot;: &quot;…&quot;} or lines such as apiToken=…</source>
        <translation>L’entrée standard n’est pas du JSON valide (%1 à l’octet %2)&#xa0;: fournissez un objet JSON tel que {&quot;apiToken&quot;: &quot;…&quot;} ou des lignes telles que apiToken=…</translation>
    </message>
    <message>
        <source>The API credentials &quot;%1&quot; were skipped, as that name is taken (--skip-existing): the secrets on standard input were not saved, and the existing ones were left as they are.</source>
        <translation>Les informations d’identification de l’API «&#xa0;%1&#xa0;» ont été ignorées, car ce nom est déjà pris (--skip-existing)&#xa0;: les secrets de l’entrée standard n’ont pas été enregistrés, et ceux qui existent sont restés tels quels.</translation>
    </message>
    <message>
        <source>--media-url: %1 Nothing was sent.</source>
        <translation>--media-url&#xa0;: %1 Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>--text holds only spaces: give the text of the message. Nothing was sent.</source>
        <translation>--text ne contient que des espaces&#xa0;: donnez le texte du message. Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>cc::CommandLine</name>
    <message>
        <source>Channel Console: manage the API credentials of SMS and MMS providers.</source>
        <translation>Channel Console&#xa0;: gérez les informations d’identification de l’API de vos fournisseurs de SMS et de MMS.</translation>
    </message>
    <message>
        <source>Use the credentials file &lt;file&gt; instead of the default one.</source>
        <translation>Utiliser le fichier d’informations d’identification &lt;fichier&gt; au lieu du fichier par défaut.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Save a picture of the main window as &lt;png&gt;, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale sous &lt;png&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, fr or nl) for this run.</source>
        <translation>Utiliser &lt;langue&gt; (en, fr ou nl) pour cette exécution.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or nl.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, fr ou nl.</translation>
    </message>
    <message>
        <source>Unknown option %1. See: channel-console --help</source>
        <translation>Option inconnue %1. Voir&#xa0;: channel-console --help</translation>
    </message>
    <message>
        <source>The option --store names no file: give the database to use, or leave --store out for the default one.</source>
        <translation>L’option --store ne nomme aucun fichier&#xa0;: indiquez la base de données à utiliser, ou omettez --store pour celle par défaut.</translation>
    </message>
</context>
<context>
    <name>cc::Credential</name>
    <message>
        <source>an entry has no valid id</source>
        <translation>une entrée n’a pas d’identifiant valide</translation>
    </message>
    <message>
        <source>entry %1 names an unknown SMS vendor &quot;%2&quot;</source>
        <translation>l’entrée %1 indique un fournisseur de SMS inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>entry %1 has no valid created or modified time</source>
        <translation>l’entrée %1 n’a pas de date de création ou de modification valide</translation>
    </message>
    <message>
        <source>entry %1 has no fields</source>
        <translation>l’entrée %1 n’a aucun champ</translation>
    </message>
    <message>
        <source>entry %1 holds the secret field &quot;%2&quot; in the file; secrets belong in the keychain</source>
        <translation>l’entrée %1 contient le champ secret «&#xa0;%2&#xa0;» dans le fichier&#x202f;; les secrets doivent se trouver dans le trousseau de clés</translation>
    </message>
    <message>
        <source>entry %1 has no name</source>
        <translation>l’entrée %1 n’a pas de nom</translation>
    </message>
</context>
<context>
    <name>cc::CredentialActions</name>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>Ces informations d’identification de l’API n’existent plus.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cc::CredentialDialog</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention before you can submit.</source>
        <translation>
            <numerusform>%n champ demande encore votre attention avant l’envoi.</numerusform>
            <numerusform>%n champs demandent encore votre attention avant l’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking with the vendor…</source>
        <translation>Vérification auprès du fournisseur…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>Create new API credentials</source>
        <translation>Créer des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>Edit API credentials</source>
        <translation>Modifier les informations d’identification de l’API</translation>
    </message>
    <message>
        <source>Duplicate API credentials</source>
        <translation>Dupliquer les informations d’identification de l’API</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>Fournisseur de SMS</translation>
    </message>
    <message>
        <source>Choose the SMS vendor…</source>
        <translation>Choisissez le fournisseur de SMS…</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>The platform&apos;s label for saving the form.</extracomment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Try these values with the vendor, without saving and without sending a message</source>
        <translation>Essayer ces valeurs auprès du fournisseur, sans enregistrer ni envoyer de message</translation>
    </message>
    <message>
        <source>These API credentials have unsaved changes. Discard the changes, or keep editing?</source>
        <translation>Ces informations d’identification de l’API ont des modifications non enregistrées. Abandonner les modifications ou continuer la saisie&#x202f;?</translation>
    </message>
    <message>
        <source>The API credentials &quot;%1&quot; have unsaved changes. Discard the changes, or keep editing?</source>
        <translation>Les informations d’identification de l’API «&#xa0;%1&#xa0;» ont des modifications non enregistrées. Abandonner les modifications ou continuer la saisie&#x202f;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Check tries these values with the vendor, without saving them and without sending a message.</source>
        <translation>«&#xa0;Vérifier&#xa0;» essaie ces valeurs auprès du fournisseur, sans les enregistrer et sans envoyer de message.</translation>
    </message>
    <message>
        <source>Find region…</source>
        <translation>Trouver la région…</translation>
    </message>
    <message>
        <source>Try these values with every region of the vendor at once, without saving and without sending a message</source>
        <translation>Essayer ces valeurs auprès de toutes les régions du fournisseur à la fois, sans enregistrer et sans envoyer de message</translation>
    </message>
    <message>
        <source>Choose the SMS vendor first (%1): each has a form of its own.</source>
        <translation>Choisissez d’abord le fournisseur de SMS (%1)&#xa0;: chacun a son propre formulaire.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialForm</name>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Said by screen readers of a field that must be filled in (shown as a red asterisk).</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <comment>then the field&apos;s help text</comment>
        <translation>Obligatoire. %1</translation>
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
        <translation>En échec (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>Fournisseur de SMS</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Secrets missing</source>
        <translation>Secrets manquants</translation>
    </message>
    <message>
        <source>Secret age</source>
        <extracomment>The list&apos;s column: how long ago the secrets were last set.</extracomment>
        <translation>Âge des secrets</translation>
    </message>
</context>
<context>
    <name>cc::CredentialRepository</name>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>Ces informations d’identification de l’API n’existent plus.</translation>
    </message>
    <message>
        <source>The changes were saved, but a cleared secret could not be removed from the keychain. %1</source>
        <translation>Les modifications ont été enregistrées, mais un secret effacé n’a pas pu être retiré du trousseau. %1</translation>
    </message>
    <message>
        <source>The API credentials were deleted, but their secrets could not be removed from the keychain. %1 Channel Console offers to remove them at its next start.</source>
        <translation>Les informations d’identification de l’API ont été supprimées, mais leurs secrets n’ont pas pu être retirés du trousseau. %1 Channel Console proposera de les retirer à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cc::CredentialStore</name>
    <message numerus="yes">
        <source>The credentials file %1 is truncated: it ends after %n bytes, in the middle of its content.</source>
        <translation>
            <numerusform>Le fichier d’informations d’identification %1 est tronqué&#xa0;: il s’arrête après %n octet, au milieu de son contenu.</numerusform>
            <numerusform>Le fichier d’informations d’identification %1 est tronqué&#xa0;: il s’arrête après %n octets, au milieu de son contenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: it is not valid JSON (%2 at byte %3).</source>
        <translation>Le fichier d’informations d’identification %1 est endommagé&#xa0;: ce n’est pas du JSON valide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a Channel Console credentials file.</source>
        <translation>Le fichier %1 n’est pas un fichier d’informations d’identification de Channel Console.</translation>
    </message>
    <message>
        <source>The credentials file %1 was written by a newer version of Channel Console (file format %2; this version reads up to %3). Update Channel Console to use it.</source>
        <translation>Le fichier d’informations d’identification %1 a été écrit par une version plus récente de Channel Console (format de fichier %2&#x202f;; cette version lit jusqu’au format %3). Mettez Channel Console à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: its format version or its list of credentials is missing.</source>
        <translation>Le fichier d’informations d’identification %1 est endommagé&#xa0;: sa version de format ou sa liste d’informations d’identification est absente.</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged: %2.</source>
        <translation>Le fichier d’informations d’identification %1 est endommagé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>une entrée n’est pas un objet</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read: %2. Check its permissions.</source>
        <translation>Impossible de lire le fichier d’informations d’identification %1&#xa0;: %2. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>A copy was kept as %1.</source>
        <translation>Une copie a été conservée sous %1.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2.</source>
        <translation>Impossible de lire la base de données des informations d’identification %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: %2. The API credentials read before the damage are shown; you can export them.</source>
        <translation>La base de données des informations d’identification %1 est endommagée&#xa0;: %2. Les informations d’identification de l’API lues avant le dommage sont affichées&#x202f;; vous pouvez les exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored API credentials could not be read and are not shown (the first: %1). They are left in the database as they are.</source>
        <translation>
            <numerusform>%n ensemble d’informations d’identification de l’API enregistré n’a pas pu être lu et n’est pas affiché (%1). Il est laissé tel quel dans la base de données.</numerusform>
            <numerusform>%n ensembles d’informations d’identification de l’API enregistrés n’ont pas pu être lus et ne sont pas affichés (le premier&#xa0;: %1). Ils sont laissés tels quels dans la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy of %1 could be kept, so it is not replaced. Free some space, or copy it elsewhere yourself.</source>
        <translation>Aucune copie de %1 n’a pu être conservée, il n’est donc pas remplacé. Libérez de l’espace, ou copiez-le vous-même ailleurs.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a credentials file of an earlier version; it is left as it is.</source>
        <translation>Le fichier %1 est trop volumineux pour être un fichier d’informations d’identification d’une version antérieure&#x202f;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>It was written by an earlier version and is not moved into the database; it is left as it is.</source>
        <translation>Il a été écrit par une version antérieure et n’est pas transféré dans la base de données&#x202f;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The credentials file %1 of an earlier version could not be moved into the database %2: %3 It is left as it is; nothing is saved until this is solved.</source>
        <translation>Le fichier d’informations d’identification %1 d’une version antérieure n’a pas pu être transféré dans la base de données %2&#xa0;: %3 Il est laissé tel quel&#x202f;; rien n’est enregistré tant que ce problème n’est pas résolu.</translation>
    </message>
    <message numerus="yes">
        <source>The %n API credentials of %1 (written by an earlier version) were moved into the database %2. The old file is kept as it was; Channel Console no longer reads it.</source>
        <translation>
            <numerusform>L’ensemble d’informations d’identification de l’API de %1 (écrit par une version antérieure) a été transféré dans la base de données %2 (%n). L’ancien fichier est conservé tel quel&#x202f;; Channel Console ne le lit plus.</numerusform>
            <numerusform>Les %n ensembles d’informations d’identification de l’API de %1 (écrits par une version antérieure) ont été transférés dans la base de données %2. L’ancien fichier est conservé tel quel&#x202f;; Channel Console ne le lit plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials database %1 was not loaded, so nothing is saved over it. Choose to start afresh, or repair it and restart.</source>
        <translation>La base de données des informations d’identification %1 n’a pas été chargée, rien n’est donc enregistré par-dessus. Choisissez de repartir de zéro, ou réparez-la et redémarrez.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà utilisé par d’autres informations d’identification de l’API. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>These API credentials were deleted meanwhile (by another window or a command), so the changes were not saved.</source>
        <translation>Ces informations d’identification de l’API ont été supprimées entre-temps (par une autre fenêtre ou une commande), les modifications n’ont donc pas été enregistrées.</translation>
    </message>
    <message>
        <source>entry %1 appears twice</source>
        <translation>l’entrée %1 figure deux fois</translation>
    </message>
</context>
<context>
    <name>cc::CredentialTransfer</name>
    <message>
        <source>Imported: %1, renamed: %2, skipped: %3, rejected: %4.</source>
        <translation>Importés&#xa0;: %1, renommés&#xa0;: %2, ignorés&#xa0;: %3, rejetés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of Channel Console (version %1). Update Channel Console to import it.</source>
        <translation>Le fichier a été exporté par une version plus récente de Channel Console (version %1). Mettez Channel Console à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The file is not a Channel Console export: it has neither a &quot;format&quot; of %1 nor a &quot;vendor&quot;.</source>
        <translation>Le fichier n’est pas une exportation de Channel Console&#xa0;: il n’a ni «&#xa0;format&#xa0;» valant %1 ni «&#xa0;vendor&#xa0;».</translation>
    </message>
    <message>
        <source>API credentials named &quot;%1&quot; already exist.</source>
        <translation>Des informations d’identification de l’API nommées «&#xa0;%1&#xa0;» existent déjà.</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (import %2)</translation>
    </message>
    <message>
        <source>API credentials named &quot;%1&quot; already exist; imported as &quot;%2&quot;.</source>
        <translation>Des informations d’identification de l’API nommées «&#xa0;%1&#xa0;» existent déjà&#x202f;; importées sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The file held secret values (%1); they were ignored. Enter them in the console, which keeps them in the system keychain.</source>
        <translation>Le fichier contenait des valeurs secrètes (%1)&#x202f;; elles ont été ignorées. Saisissez-les dans la console, qui les conserve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>%1: the file holds the number %2 where text is expected; write it in quotes (&quot;%2&quot;) if that is the value you mean.</source>
        <translation>%1&#xa0;: le fichier contient le nombre %2 là où du texte est attendu&#x202f;; écrivez-le entre guillemets (&quot;%2&quot;) si c’est bien la valeur voulue.</translation>
    </message>
    <message>
        <source>%1: the file holds %2, which is not a value for this field; give the value in quotes, or leave the field out.</source>
        <translation>%1&#xa0;: le fichier contient %2, qui n’est pas une valeur possible pour ce champ&#x202f;; donnez la valeur entre guillemets, ou omettez le champ.</translation>
    </message>
    <message>
        <source>%1: the file holds a list (a JSON array); give a single value, in quotes.</source>
        <translation>%1&#xa0;: le fichier contient une liste (un tableau JSON)&#x202f;; donnez une seule valeur, entre guillemets.</translation>
    </message>
    <message>
        <source>%1: the file holds an object (a JSON object); give a single value, in quotes.</source>
        <translation>%1&#xa0;: le fichier contient un objet (un objet JSON)&#x202f;; donnez une seule valeur, entre guillemets.</translation>
    </message>
    <message>
        <source>The entry names no SMS vendor: add &quot;vendor&quot; with one of %1.</source>
        <translation>L’entrée n’indique aucun fournisseur de SMS&#xa0;: ajoutez «&#xa0;vendor&#xa0;» avec l’une des valeurs %1.</translation>
    </message>
    <message>
        <source>Unknown SMS vendor &quot;%1&quot;: use %2.</source>
        <translation>Fournisseur de SMS inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Entry %1 is refused: %2</source>
        <translation>L’entrée %1 est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) is refused: %3</source>
        <translation>L’entrée %1 («&#xa0;%2&#xa0;») est refusée&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the file are refused, so nothing is imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n entrée du fichier est refusée, donc rien n’est importé. Corrigez-la et importez de nouveau le fichier.</numerusform>
            <numerusform>%n entrées du fichier sont refusées, donc rien n’est importé. Corrigez-les et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a Channel Console export: it holds a JSON array, not an object with &quot;format&quot; and &quot;credentials&quot;.</source>
        <translation>Le fichier n’est pas une exportation de Channel Console&#xa0;: il contient un tableau JSON, pas un objet avec «&#xa0;format&#xa0;» et «&#xa0;credentials&#xa0;».</translation>
    </message>
    <message>
        <source>The file holds no list of credentials: its &quot;credentials&quot; is missing or not a JSON array.</source>
        <translation>Le fichier ne contient pas de liste d’informations d’identification&#xa0;: son «&#xa0;credentials&#xa0;» est absent ou n’est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object with &quot;vendor&quot; and &quot;fields&quot;.</source>
        <translation>L’entrée n’est pas un objet JSON avec «&#xa0;vendor&#xa0;» et «&#xa0;fields&#xa0;».</translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object with the credential&apos;s settings.</source>
        <translation>L’entrée n’a pas d’objet «&#xa0;fields&#xa0;» avec les paramètres des informations d’identification.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by entry %2 of the file; give each entry its own name.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà utilisé par l’entrée %2 du fichier&#x202f;; donnez à chaque entrée son propre nom.</translation>
    </message>
    <message>
        <source>The file held fields that %1 credentials do not have (%2); they were left out.</source>
        <translation>Le fichier contenait des champs que les informations d’identification %1 n’ont pas (%2)&#x202f;; ils ont été laissés de côté.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file is too large: an import reads at most %1 MiB, and a Channel Console export is far smaller.</source>
        <translation>Le fichier est trop volumineux&#xa0;: une importation lit au plus %1&#xa0;Mio, et un export de Channel Console est bien plus petit.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialValidator</name>
    <message>
        <source>%1: %2</source>
        <comment>field label, then what is wrong and what is expected</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>%1: enter a value; this field is required.</source>
        <translation>%1&#xa0;: saisissez une valeur&#x202f;; ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1&#xa0;: saisissez un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>%1: enter a whole number of %2 from %3 to %4.</source>
        <comment>label, unit (e.g. hours), range</comment>
        <translation>%1&#xa0;: saisissez un nombre entier (%2) de %3 à %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is also in %3; a keyword can belong to only one list.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure aussi dans %3&#x202f;; un mot-clé ne peut appartenir qu’à une seule liste.</translation>
    </message>
    <message>
        <source>%1: %2 is not in the list. A list of your own replaces the default keywords, so people who text %2 would no longer be opted out; add %2 unless that is what you want.</source>
        <translation>%1&#xa0;: %2 ne figure pas dans la liste. Une liste personnalisée remplace les mots-clés par défaut&#xa0;: les personnes qui envoient %2 ne seraient plus désinscrites&#x202f;; ajoutez %2, sauf si c’est ce que vous souhaitez.</translation>
    </message>
    <message>
        <source>%1: remove the character %2 (at position %3). Control characters and text-direction marks are not allowed here: they are invisible and can make the value look different from what is saved.</source>
        <translation>%1&#xa0;: supprimez le caractère %2 (en position %3). Les caractères de contrôle et les marques de sens du texte ne sont pas autorisés ici&#xa0;: ils sont invisibles et peuvent faire paraître la valeur différente de ce qui est enregistré.</translation>
    </message>
    <message>
        <source>%1: the value is %2 characters long; shorten it to at most %3 characters.</source>
        <translation>%1&#xa0;: la valeur compte %2 caractères&#x202f;; raccourcissez-la à %3 caractères au plus.</translation>
    </message>
    <message>
        <source>%1: “%2” is also a default keyword of %3, in force while %3 is empty. This list is matched first, so people who text “%2” get this list&apos;s reply instead.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est aussi un mot-clé par défaut de «&#xa0;%3&#xa0;», en vigueur tant que «&#xa0;%3&#xa0;» est vide. Cette liste est vérifiée en premier&#xa0;: les personnes qui envoient «&#xa0;%2&#xa0;» reçoivent la réponse de cette liste à la place.</translation>
    </message>
    <message>
        <source>%1: “%2” is also a default keyword of %3, in force while %3 is empty, and %3 is matched first: “%2” never reaches this list. Remove it here, or type keywords of your own in %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est aussi un mot-clé par défaut de «&#xa0;%3&#xa0;», en vigueur tant que «&#xa0;%3&#xa0;» est vide, et «&#xa0;%3&#xa0;» est vérifié en premier&#xa0;: «&#xa0;%2&#xa0;» n’atteint jamais cette liste. Retirez-le ici, ou saisissez vos propres mots-clés dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: this looks like the key ID and key secret themselves. The token is their Base64 encoding: the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1&#xa0;: cela ressemble à l’ID de clé et au secret de clé eux-mêmes. Le jeton est leur encodage Base64&#xa0;: le Base64 de «&#xa0;ID de clé:secret de clé&#xa0;», fait à partir d’une clé d’accès de votre projet Sinch (par exemple avec&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: this is not Base64. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1&#xa0;: ce n’est pas du Base64. Le jeton est le Base64 de «&#xa0;ID de clé:secret de clé&#xa0;», fait à partir d’une clé d’accès de votre projet Sinch (par exemple avec&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: this is Base64, but it does not decode to two non-empty parts joined by exactly one colon. The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example with: %2).</source>
        <translation>%1&#xa0;: c’est du Base64, mais son décodage ne donne pas deux parties non vides séparées par exactement un deux-points. Le jeton est le Base64 de «&#xa0;ID de clé:secret de clé&#xa0;», fait à partir d’une clé d’accès de votre projet Sinch (par exemple avec&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: this does not start with %2. It is %2 followed by %3 hexadecimal characters (0–9, a–f), for example %4.</source>
        <translation>%1&#xa0;: cette valeur ne commence pas par %2. Elle se compose de %2 suivi de %3&#xa0;caractères hexadécimaux (0–9, a–f), par exemple %4.</translation>
    </message>
    <message>
        <source>%1: only hexadecimal characters (0–9, a–f) may follow %2, and this value has others (a space, a letter o for a zero?). For example: %3.</source>
        <translation>%1&#xa0;: seuls des caractères hexadécimaux (0–9, a–f) peuvent suivre %2, et cette valeur en contient d’autres (une espace, la lettre o au lieu d’un zéro&#x202f;?). Par exemple&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: %2 must be followed by exactly %3 hexadecimal characters, and this value has more or fewer (cut short or pasted twice?). For example: %4.</source>
        <translation>%1&#xa0;: %2 doit être suivi d’exactement %3&#xa0;caractères hexadécimaux, et cette valeur en a plus ou moins (coupée ou collée deux fois&#x202f;?). Par exemple&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid name: use letters, digits and - _ . only (no spaces or colons).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom valide&#xa0;: utilisez uniquement des lettres, des chiffres et - _ . (ni espaces ni deux-points).</translation>
    </message>
    <message>
        <source>%1: “%2” is set by the console and cannot be changed here (%3 are fixed).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est défini par la console et ne peut pas être modifié ici (%3 sont fixes).</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice; give each name once.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est indiqué deux fois&#x202f;; indiquez chaque nom une seule fois.</translation>
    </message>
    <message>
        <source>%1: the value of “%2” holds the character %3, which is not allowed.</source>
        <translation>%1&#xa0;: la valeur de «&#xa0;%2&#xa0;» contient le caractère %3, qui n’est pas autorisé.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialsPage</name>
    <message>
        <source>Administration › Channels › API Credentials</source>
        <extracomment>The place of this page in the platform&apos;s navigation.</extracomment>
        <translation>Administration › Canaux › Informations d’identification de l’API</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>Informations d’identification de l’API</translation>
    </message>
    <message>
        <source>Start with an empty list</source>
        <translation>Commencer avec une liste vide</translation>
    </message>
    <message>
        <source>Search by name or identifier</source>
        <translation>Rechercher par nom ou identifiant</translation>
    </message>
    <message>
        <source>All SMS vendors</source>
        <translation>Tous les fournisseurs de SMS</translation>
    </message>
    <message>
        <source>Show only the API credentials of one SMS vendor</source>
        <translation>Afficher uniquement les informations d’identification de l’API d’un fournisseur de SMS</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected API credentials and their secrets</source>
        <translation>Supprimer les informations d’identification de l’API sélectionnées et leurs secrets</translation>
    </message>
    <message>
        <source>Create new API credentials</source>
        <translation>Créer des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>No API credentials yet</source>
        <translation>Aucune information d’identification de l’API pour l’instant</translation>
    </message>
    <message>
        <source>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</source>
        <translation>Aucune information d’identification de l’API ne correspond à la recherche et au filtre. Effacez la recherche ou choisissez «&#xa0;Tous les fournisseurs de SMS&#xa0;».</translation>
    </message>
    <message>
        <source>Failing (%1)</source>
        <translation>En échec (%1)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the selected API credentials with their vendor, without sending anything</source>
        <translation>Vérifier les informations d’identification de l’API sélectionnées auprès de leur fournisseur, sans rien envoyer</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Envoi de test…</translation>
    </message>
    <message>
        <source>Send a real test message with the selected API credentials</source>
        <translation>Envoyer un vrai message de test avec les informations d’identification de l’API sélectionnées</translation>
    </message>
    <message>
        <source>Set up channel…</source>
        <translation>Configurer le canal…</translation>
    </message>
    <message>
        <source>Set up the SMS channel and webhook of the Sinch Conversation app</source>
        <translation>Configurer le canal SMS et le webhook de l’application Sinch Conversation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>SMS vendor</source>
        <translation>Fournisseur de SMS</translation>
    </message>
    <message>
        <source>Edit the selected API credentials</source>
        <translation>Modifier les informations d’identification de l’API sélectionnées</translation>
    </message>
    <message>
        <source>Duplicate the selected API credentials; their secrets are asked for again</source>
        <translation>Dupliquer les informations d’identification de l’API sélectionnées&#x202f;; leurs secrets sont demandés à nouveau</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The menu item that puts the cursor in the search box.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace secret…</source>
        <translation>Remplacer un secret…</translation>
    </message>
    <message>
        <source>Replace a secret of the selected API credentials, once the vendor accepts the new value</source>
        <translation>Remplacer un secret des informations d’identification de l’API sélectionnées, une fois la nouvelle valeur acceptée par le fournisseur</translation>
    </message>
    <message>
        <source>API credentials connect the platform to your SMS vendor&apos;s account (%1). Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</source>
        <translation>Les informations d’identification de l’API relient la plateforme au compte de votre fournisseur de SMS (%1). Créez-les avec les identifiants et les jetons du tableau de bord de votre fournisseur. Les jetons et les clés sont conservés dans le trousseau de clés de votre système, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>cc::Database</name>
    <message>
        <source>%1 is not a regular file, so it cannot hold the credentials. Name a file, or a path where one can be created.</source>
        <translation>%1 n’est pas un fichier ordinaire et ne peut donc pas contenir les informations d’identification. Indiquez un fichier, ou un chemin où il peut être créé.</translation>
    </message>
    <message>
        <source>There is no credentials database %1.</source>
        <translation>Il n’y a pas de base de données des informations d’identification %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the credentials database. Check its permissions.</source>
        <translation>Impossible de créer le dossier %1 de la base de données des informations d’identification. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>Cannot create the credentials database %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Impossible de créer la base de données des informations d’identification %1&#xa0;: %2. Vérifiez les autorisations du dossier et l’espace libre.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2. Check its permissions.</source>
        <translation>Impossible de lire la base de données des informations d’identification %1&#xa0;: %2. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: it is not a SQLite database.</source>
        <translation>La base de données des informations d’identification %1 est endommagée&#xa0;: ce n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir la base de données des informations d’identification %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 is damaged: %2.</source>
        <translation>La base de données des informations d’identification %1 est endommagée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The credentials database %1 cannot be read: %2.</source>
        <translation>Impossible de lire la base de données des informations d’identification %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Channel Console credentials database.</source>
        <translation>Le fichier %1 est une base de données, mais pas une base de données d’informations d’identification de Channel Console.</translation>
    </message>
    <message>
        <source>The credentials database %1 was written by a newer version of Channel Console (schema %2; this version knows up to %3). It is opened read-only: update Channel Console to change it.</source>
        <translation>La base de données des informations d’identification %1 a été écrite par une version plus récente de Channel Console (schéma %2&#x202f;; cette version connaît jusqu’au %3). Elle est ouverte en lecture seule&#xa0;: mettez à jour Channel Console pour la modifier.</translation>
    </message>
    <message>
        <source>Cannot create the credentials database %1: %2</source>
        <translation>Impossible de créer la base de données des informations d’identification %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot bring the credentials database %1 up to date: %2</source>
        <translation>Impossible de mettre à jour la base de données des informations d’identification %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its schema version %1 is unknown.</source>
        <translation>sa version de schéma %1 est inconnue.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <source>the database refused a change (%1).</source>
        <translation>la base de données a refusé une modification (%1).</translation>
    </message>
    <message>
        <source>The credentials database %1 is open read-only.</source>
        <translation>La base de données des informations d’identification %1 est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The credentials database %1 is not open.</source>
        <translation>La base de données des informations d’identification %1 n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The change was not saved to %1: %2</source>
        <translation>La modification n’a pas été enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The change was not saved: the disk that holds %1 is full. Free some space and try again; everything saved before is unchanged.</source>
        <translation>La modification n’a pas été enregistrée&#xa0;: le disque qui contient %1 est plein. Libérez de l’espace et réessayez&#x202f;; tout ce qui a été enregistré auparavant est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>The change was not saved: another Channel Console kept %1 busy for more than %n seconds. Try again.</source>
        <translation>
            <numerusform>La modification n’a pas été enregistrée&#xa0;: un autre Channel Console a occupé %1 pendant plus de %n seconde. Réessayez.</numerusform>
            <numerusform>La modification n’a pas été enregistrée&#xa0;: un autre Channel Console a occupé %1 pendant plus de %n secondes. Réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved: %1 cannot be written. Check its permissions.</source>
        <translation>La modification n’a pas été enregistrée&#xa0;: impossible d’écrire dans %1. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The change was not saved to %1: %2. Everything saved before is unchanged.</source>
        <translation>La modification n’a pas été enregistrée dans %1&#xa0;: %2. Tout ce qui a été enregistré auparavant est inchangé.</translation>
    </message>
</context>
<context>
    <name>cc::FieldEditor</name>
    <message>
        <source>Default: the vendor&apos;s own host</source>
        <translation>Par défaut&#xa0;: l’hôte du fournisseur</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>En vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Empty: the defaults are in force (%1).</source>
        <translation>Vide&#xa0;: les valeurs par défaut sont en vigueur (%1).</translation>
    </message>
    <message>
        <source>Build it from an access key…</source>
        <translation>Le créer à partir d’une clé d’accès…</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>Secret de clé</translation>
    </message>
    <message>
        <source>+ country code and number (for example %1), or a short code</source>
        <translation>+ indicatif du pays et numéro (par exemple %1), ou un code court</translation>
    </message>
    <message>
        <source>Comma-separated, for example %1</source>
        <translation>Séparés par des virgules, par exemple %1</translation>
    </message>
    <message>
        <source>Add new parameter</source>
        <translation>Ajouter un nouveau paramètre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1&#xa0;: nom</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1&#xa0;: valeur</translation>
    </message>
    <message>
        <source>Remove this parameter</source>
        <translation>Supprimer ce paramètre</translation>
    </message>
</context>
<context>
    <name>cc::Fields</name>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l’API</translation>
    </message>
    <message>
        <source>On the homepage of your Infobip web interface or on the API key management page, for example https://xxxxx.api.infobip.com.</source>
        <translation>Sur la page d’accueil de votre interface web Infobip ou sur la page de gestion des clés d’API, par exemple https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>On the API key management page of your Infobip web interface. Kept in the system keychain.</source>
        <translation>Sur la page de gestion des clés d’API de votre interface web Infobip. Conservée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Principal Entity ID</source>
        <translation>ID d’entité principale</translation>
    </message>
    <message>
        <source>Enter your assigned DLT principal entity ID.</source>
        <translation>Saisissez l’ID d’entité principale DLT qui vous a été attribué.</translation>
    </message>
    <message>
        <source>Content Template ID</source>
        <translation>ID de modèle de contenu</translation>
    </message>
    <message>
        <source>Enter your registered DLT content template ID.</source>
        <translation>Saisissez l’ID de modèle de contenu DLT enregistré.</translation>
    </message>
    <message>
        <source>Validity Period</source>
        <translation>Période de validité</translation>
    </message>
    <message>
        <source>Enter the message validity period in hours. If messages cannot be delivered within this time frame, the system makes further attempts to resend them. The default validity period is 48 hours.</source>
        <translation>Saisissez la période de validité du message en heures. Si les messages ne peuvent pas être livrés dans ce délai, le système effectue d’autres tentatives pour les renvoyer. La période de validité par défaut est définie sur 48 heures.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Callback Data</source>
        <translation>Données de rappel</translation>
    </message>
    <message>
        <source>Enter the additional client data that will be sent on the notify URL.</source>
        <translation>Saisissez les données clientes supplémentaires qui seront envoyées à l’URL de notification.</translation>
    </message>
    <message>
        <source>Inbound Number</source>
        <translation>Numéro entrant</translation>
    </message>
    <message>
        <source>Add your unique inbound number, in international form (+ and country code) or as a short code. It lets you use the same API credentials in different sandboxes, each with its own inbound number.</source>
        <translation>Ajoutez votre numéro entrant unique, au format international (+ et indicatif du pays) ou sous forme de code court. Cela vous permet d’utiliser les mêmes informations d’identification d’API dans différents sandbox, chacun ayant son propre numéro entrant.</translation>
    </message>
    <message>
        <source>Custom Inbound Keywords</source>
        <translation>Mots-clés entrants personnalisés</translation>
    </message>
    <message>
        <source>Define unique keywords for specific actions, for example DISCOUNT, OFFERS, ENROLL. They are captured and stored as profile attributes, so that a journey can react to them.</source>
        <translation>Définissez des mots-clés uniques pour des actions spécifiques, par exemple REMISE, OFFRES, INSCRIRE. Ils sont capturés et stockés en tant qu’attributs du profil, afin qu’un parcours puisse y réagir.</translation>
    </message>
    <message>
        <source>Default Inbound Reply Message</source>
        <translation>Message de réponse entrant par défaut</translation>
    </message>
    <message>
        <source>Enter the default reply sent when an end user sends an inbound SMS that matches none of the defined keywords.</source>
        <translation>Saisissez la réponse par défaut envoyée lorsqu’un utilisateur final ou une utilisatrice finale envoie un SMS entrant qui ne correspond à aucun des mots-clés définis.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Identifiant de projet</translation>
    </message>
    <message>
        <source>On the Conversation API Overview page of your Sinch project, in your Sinch dashboard.</source>
        <translation>Sur la page de présentation de l’API Conversation de votre projet Sinch, dans votre tableau de bord Sinch.</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID de l’application</translation>
    </message>
    <message>
        <source>API Token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <source>The Base64 API token generated from your Sinch project&apos;s access keys (key ID and key secret). Kept in the system keychain.</source>
        <translation>Le jeton API Base64 généré à partir des clés d’accès de votre projet Sinch (ID de clé et secret de clé). Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Service Plan ID</source>
        <translation>Identifiant du plan de service</translation>
    </message>
    <message>
        <source>On the SMS tab of the APIs page in your Sinch dashboard.</source>
        <translation>Dans l’onglet SMS de la page API de votre tableau de bord Sinch.</translation>
    </message>
    <message>
        <source>SMS API Token</source>
        <translation>Jeton d’API SMS</translation>
    </message>
    <message>
        <source>On the SMS tab of the APIs page, next to the Service Plan ID. Kept in the system keychain.</source>
        <translation>Dans l’onglet SMS de la page API, à côté de l’identifiant du plan de service. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>United States (us)</source>
        <translation>États-Unis (us)</translation>
    </message>
    <message>
        <source>Europe (eu)</source>
        <translation>Europe (eu)</translation>
    </message>
    <message>
        <source>Brazil (br)</source>
        <translation>Brésil (br)</translation>
    </message>
    <message>
        <source>Leave empty to use the Conversation API host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laissez vide pour utiliser l’hôte de l’API Conversation de la région. Ne le renseignez que pour diriger la console vers un serveur de test&#x202f;; le HTTP non chiffré n’est accepté que pour les adresses de bouclage.</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>ID de service</translation>
    </message>
    <message>
        <source>On the APIs page of your Sinch dashboard, under the SMS tab (the service plan ID).</source>
        <translation>Sur la page API de votre tableau de bord Sinch, sous l’onglet SMS (l’identifiant du plan de service).</translation>
    </message>
    <message>
        <source>On the APIs page of your Sinch dashboard, under the SMS tab, next to the Service ID. Kept in the system keychain.</source>
        <translation>Sur la page API de votre tableau de bord Sinch, sous l’onglet SMS, à côté de l’ID de service. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Australia (au)</source>
        <translation>Australie (au)</translation>
    </message>
    <message>
        <source>Canada (ca)</source>
        <translation>Canada (ca)</translation>
    </message>
    <message>
        <source>Leave empty to use Sinch&apos;s SMS host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laissez vide pour utiliser l’hôte SMS de Sinch pour la région. Ne le renseignez que pour diriger la console vers un serveur de test&#x202f;; le HTTP non chiffré n’est accepté que pour les adresses de bouclage.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Choose a name for your API credential.</source>
        <translation>Choisissez un nom pour vos informations d’identification d’API.</translation>
    </message>
    <message>
        <source>Opt-In Keywords</source>
        <translation>Mots-clés d’opt-in</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-In Message. For multiple keywords, use comma-separated values.</source>
        <translation>Saisissez les mots-clés par défaut ou personnalisés qui déclencheront automatiquement votre message d’opt-in. Pour plusieurs mots-clés, utilisez des valeurs séparées par des virgules.</translation>
    </message>
    <message>
        <source>Opt-In Message</source>
        <translation>Message d’opt-in</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-In Message.</source>
        <translation>Saisissez la réponse personnalisée qui est automatiquement envoyée en tant que message d’opt-in.</translation>
    </message>
    <message>
        <source>Opt-Out Keywords</source>
        <translation>Mots-clés d’opt-out</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Opt-Out Message. For multiple keywords, use comma-separated values.</source>
        <translation>Saisissez les mots-clés par défaut ou personnalisés qui déclencheront automatiquement votre message d’opt-out. Pour plusieurs mots-clés, utilisez des valeurs séparées par des virgules.</translation>
    </message>
    <message>
        <source>Opt-Out Message</source>
        <translation>Message d’opt-out</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Opt-Out Message.</source>
        <translation>Saisissez la réponse personnalisée qui est automatiquement envoyée en tant que message d’opt-out.</translation>
    </message>
    <message>
        <source>Help Keywords</source>
        <translation>Mots-clés d’aide</translation>
    </message>
    <message>
        <source>Enter the default or custom keywords that will automatically trigger your Help Message. For multiple keywords, use comma-separated values.</source>
        <translation>Saisissez les mots-clés par défaut ou personnalisés qui déclencheront automatiquement votre message d’aide. Pour plusieurs mots-clés, utilisez des valeurs séparées par des virgules.</translation>
    </message>
    <message>
        <source>Help Message</source>
        <translation>Message d’aide</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent as your Help Message.</source>
        <translation>Saisissez la réponse personnalisée qui est automatiquement envoyée en tant que message d’aide.</translation>
    </message>
    <message>
        <source>Double Opt-In Keywords</source>
        <translation>Mots-clés de double opt-in</translation>
    </message>
    <message>
        <source>Enter the keywords which trigger the double opt-in process. If a user profile does not exist, it is created upon successful confirmation. For multiple keywords, use comma-separated values.</source>
        <translation>Saisissez les mots-clés qui déclenchent le processus de double opt-in. Si un profil de personne n’existe pas, il est créé lors de la confirmation. Pour plusieurs mots-clés, utilisez des valeurs séparées par des virgules.</translation>
    </message>
    <message>
        <source>Double Opt-In Message</source>
        <translation>Message de double opt-in</translation>
    </message>
    <message>
        <source>Enter the custom response that is automatically sent in response to the double opt-in confirmation.</source>
        <translation>Saisissez la réponse personnalisée qui est automatiquement envoyée en réponse à la confirmation de double opt-in.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The region your account was created in. The APIs are regional: a wrong region fails with an authentication or not-found error.</source>
        <translation>La région dans laquelle votre compte a été créé. Les API sont régionales&#xa0;: avec une mauvaise région, les appels échouent avec une erreur d’authentification ou «&#xa0;introuvable&#xa0;».</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point de terminaison de l’API</translation>
    </message>
    <message>
        <source>Sinch MMS credentials only send MMS. Tracking inbound messages and handling consent (opt-in and opt-out keywords) need a separate Sinch (SMS) API credential: create one as well.</source>
        <translation>Les informations d’identification Sinch MMS servent uniquement à envoyer des MMS. Le suivi des messages entrants et la gestion du consentement (mots-clés d’opt-in et d’opt-out) nécessitent des informations d’identification de l’API Sinch (SMS) distinctes&#xa0;: créez-les aussi.</translation>
    </message>
    <message>
        <source>Use custom dataset for inbound</source>
        <translation>Utiliser un jeu de données personnalisé pour le trafic entrant</translation>
    </message>
    <message>
        <source>Whether the platform writes inbound messages to a dataset of your own instead of its system dataset. The console only keeps this setting: the dataset itself is chosen on the platform, not here.</source>
        <translation>Indique si la plateforme écrit les messages entrants dans un jeu de données à vous plutôt que dans son jeu de données système. La console ne fait que conserver ce réglage&#xa0;: le jeu de données lui-même se choisit sur la plateforme, pas ici.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>API rate limit</source>
        <translation>Limite de débit de l’API</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <source>Sinch RCS credentials send RCS messages through a Conversation API app, with SMS (the service plan) when a phone cannot receive RCS.</source>
        <translation>Les informations d’identification Sinch RCS envoient des messages RCS par une application Conversation API, et des SMS (par le plan de service) lorsqu’un téléphone ne peut pas recevoir de RCS.</translation>
    </message>
    <message>
        <source>The most requests per second made with these credentials, 0 for no limit. The console keeps to it too: its checks (Check all API credentials included), test sends and set-up steps wait for their turn.</source>
        <translation>Le nombre maximal de requêtes par seconde faites avec ces informations d’identification, 0 pour aucune limite. La console la respecte aussi&#xa0;: ses vérifications (y compris «&#xa0;Vérifier toutes les informations d’identification de l’API&#xa0;»), ses envois de test et ses étapes de configuration attendent leur tour.</translation>
    </message>
    <message>
        <source>The platform has no webhooks for Twilio, so Twilio credentials have no inbound messages and no delivery feedback: there are no inbound keywords or replies to set here. Test sends still show Twilio&apos;s status for the message.</source>
        <translation>La plateforme n’a pas de webhooks pour Twilio&#xa0;: les informations d’identification Twilio ne reçoivent donc ni messages entrants ni commentaires de remise, et il n’y a ici ni mots-clés entrants ni réponses à définir. Les envois de test affichent tout de même le statut du message chez Twilio.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>SID du compte</translation>
    </message>
    <message>
        <source>On the dashboard of your Twilio Console, under Account Info: AC followed by 32 hexadecimal characters.</source>
        <translation>Sur le tableau de bord de votre console Twilio, sous Account Info&#xa0;: AC suivi de 32&#xa0;caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Jeton d’authentification</translation>
    </message>
    <message>
        <source>On the dashboard of your Twilio Console, under Account Info, next to the Account SID. Kept in the system keychain.</source>
        <translation>Sur le tableau de bord de votre console Twilio, sous Account Info, à côté du SID du compte. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Message SID</source>
        <translation>SID du message</translation>
    </message>
    <message>
        <source>The SID of the Messaging Service that sends the messages (Messaging › Services in your Twilio Console): MG followed by 32 hexadecimal characters. A test message goes from its sender pool unless you type a sender.</source>
        <translation>Le SID du Messaging Service qui envoie les messages (Messaging › Services dans votre console Twilio)&#xa0;: MG suivi de 32&#xa0;caractères hexadécimaux. Un message de test part de son pool d’expéditeurs, sauf si vous saisissez un expéditeur.</translation>
    </message>
    <message>
        <source>Your Twilio number, in international form (+ and country code) or as a short code, kept with the credentials for reference. The platform receives no messages from Twilio, so nothing arrives on it here.</source>
        <translation>Votre numéro Twilio, au format international (+ et indicatif du pays) ou sous forme de code court, conservé avec les informations d’identification pour référence. La plateforme ne reçoit aucun message de Twilio&#xa0;: rien n’y arrive ici.</translation>
    </message>
    <message>
        <source>United States (api.twilio.com)</source>
        <translation>États-Unis (api.twilio.com)</translation>
    </message>
    <message>
        <source>Ireland, Dublin edge (ie1)</source>
        <translation>Irlande, edge de Dublin (ie1)</translation>
    </message>
    <message>
        <source>Australia, Sydney edge (au1)</source>
        <translation>Australie, edge de Sydney (au1)</translation>
    </message>
    <message>
        <source>Japan, Tokyo edge (jp1)</source>
        <translation>Japon, edge de Tokyo (jp1)</translation>
    </message>
    <message>
        <source>The Twilio Region that holds your account&apos;s data, through its edge location (api.{edge}.{region}.twilio.com). Each region has its own Auth Tokens: a wrong region fails with an authentication error.</source>
        <translation>La région Twilio qui héberge les données de votre compte, par son emplacement edge (api.{edge}.{region}.twilio.com). Chaque région a ses propres jetons d’authentification&#xa0;: une mauvaise région échoue avec une erreur d’authentification.</translation>
    </message>
    <message>
        <source>Leave empty to use Twilio&apos;s host for the region. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laissez vide pour utiliser l’hôte de Twilio pour la région. Ne le renseignez que pour diriger la console vers un serveur de test&#x202f;; le HTTP non chiffré n’est accepté que pour les adresses de bouclage.</translation>
    </message>
    <message>
        <source>A provider of your own: the console POSTs the Provider Payload, filled in, to the Provider URL. A test send shows the exact request before it goes out. Such providers have no read-only call, so Check can only check the settings (and, for OAuth 2.0, fetch a token).</source>
        <translation>Un fournisseur de votre choix&#xa0;: la console envoie (POST) le payload du fournisseur, rempli, à l’URL du fournisseur. Un envoi de test montre la requête exacte avant son départ. Ces fournisseurs n’ont pas d’appel en lecture seule&#x202f;; la vérification ne peut donc que contrôler les paramètres (et, pour OAuth 2.0, obtenir un jeton).</translation>
    </message>
    <message>
        <source>Provider AppId</source>
        <translation>AppId du fournisseur</translation>
    </message>
    <message>
        <source>The application ID your SMS provider gave you.</source>
        <translation>L’ID d’application fourni par votre fournisseur de SMS.</translation>
    </message>
    <message>
        <source>Provider Name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>The name of your SMS provider.</source>
        <translation>Le nom de votre fournisseur de SMS.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>URL du fournisseur</translation>
    </message>
    <message>
        <source>Where the console POSTs each message, in full. Plain http is accepted for loopback addresses only.</source>
        <translation>L’adresse complète à laquelle la console envoie (POST) chaque message. Le HTTP non chiffré n’est accepté que pour les adresses de bouclage.</translation>
    </message>
    <message>
        <source>Auth Type</source>
        <translation>Type d’authentification</translation>
    </message>
    <message>
        <source>How the provider knows the console. Each type asks for its own fields; its secrets go to the system keychain.</source>
        <translation>Comment le fournisseur reconnaît la console. Chaque type demande ses propres champs&#x202f;; ses secrets vont dans le trousseau de clés du système.</translation>
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
        <translation>OAuth 2.0 (identifiants client)</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Aucune authentification</translation>
    </message>
    <message>
        <source>Sent in the X-API-Key header. Kept in the system keychain.</source>
        <translation>Envoyé dans l’en-tête X-API-Key. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>The user name of HTTP Basic authentication.</source>
        <translation>Le nom d’utilisateur de l’authentification HTTP Basic.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of HTTP Basic authentication. Kept in the system keychain.</source>
        <translation>Le mot de passe de l’authentification HTTP Basic. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>Sent as Authorization: Bearer &lt;token&gt;. Kept in the system keychain.</source>
        <translation>Envoyé comme Authorization: Bearer &lt;jeton&gt;. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>URL OAuth</translation>
    </message>
    <message>
        <source>The token endpoint: the console POSTs the OAuth Body there and sends the access token it gets as Authorization: Bearer.</source>
        <translation>Le point de terminaison des jetons&#xa0;: la console y envoie (POST) le corps OAuth et envoie le jeton d’accès obtenu comme Authorization: Bearer.</translation>
    </message>
    <message>
        <source>OAuth Body</source>
        <translation>Corps OAuth</translation>
    </message>
    <message>
        <source>JSON with grant_type and client_id; write {{clientSecret}} where the client secret goes (it comes from the keychain, never from this text).</source>
        <translation>Du JSON avec grant_type et client_id&#x202f;; écrivez {{clientSecret}} à la place du secret client (il vient du trousseau, jamais de ce texte).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Put in the OAuth Body in place of {{clientSecret}}. Kept in the system keychain.</source>
        <translation>Placé dans le corps OAuth à la place de {{clientSecret}}. Conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>API Secret Key</source>
        <translation>Clé secrète d’API</translation>
    </message>
    <message>
        <source>The key of the MAC signature of each request. Kept in the system keychain.</source>
        <translation>La clé de la signature MAC de chaque requête. Conservée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Mac Authorization Hash Format</source>
        <translation>Format de hachage de l’autorisation MAC</translation>
    </message>
    <message>
        <source>The HMAC of the signature: Authorization: MAC id=&quot;&lt;Provider AppId&gt;&quot;, ts, nonce, bodyhash and mac, as in the IETF draft of OAuth 2.0 MAC tokens.</source>
        <translation>Le HMAC de la signature&#xa0;: Authorization: MAC id=&quot;&lt;AppId du fournisseur&gt;&quot;, ts, nonce, bodyhash et mac, comme dans le brouillon IETF des jetons MAC d’OAuth 2.0.</translation>
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
        <translation>Prise en charge de mTLS</translation>
    </message>
    <message>
        <source>Mutual TLS: the console shows the provider a client certificate. With No authentication, mTLS alone.</source>
        <translation>TLS mutuel&#xa0;: la console présente un certificat client au fournisseur. Avec Aucune authentification, mTLS seul.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>The path of the certificate file (PEM).</source>
        <translation>Le chemin du fichier du certificat (PEM).</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>The path of its private key file (PEM, RSA or EC).</source>
        <translation>Le chemin du fichier de sa clé privée (PEM, RSA ou EC).</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Leave empty when the key file is not encrypted. Kept in the system keychain.</source>
        <translation>Laissez vide si le fichier de la clé n’est pas chiffré. Conservée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>HTTP headers sent with each message. Content-Type is fixed to application/json; charset=utf-8.</source>
        <translation>En-têtes HTTP envoyés avec chaque message. Content-Type est fixé à application/json; charset=utf-8.</translation>
    </message>
    <message>
        <source>Provider Payload</source>
        <translation>Payload du fournisseur</translation>
    </message>
    <message>
        <source>The JSON body of each message. It must hold {{toNumber}}, {{fromNumber}} and {{message}}, each inside a string value; the console escapes what it puts there.</source>
        <translation>Le corps JSON de chaque message. Il doit contenir {{toNumber}}, {{fromNumber}} et {{message}}, chacun dans une valeur de type chaîne&#x202f;; la console échappe ce qu’elle y met.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>How the console signs its requests to the Conversation API. Basic sends the API token with each request; Sinch rate-limits Basic and advises it for testing only. OAuth 2.0 exchanges the same access key for a short-lived token, kept in memory only, as Sinch advises for production. The platform stores the API token either way.</source>
        <translation>La façon dont la console authentifie ses requêtes auprès de l’API Conversation. Basic envoie le jeton d’API avec chaque requête&#x202f;; Sinch limite le débit de Basic et ne le conseille que pour les tests. OAuth 2.0 échange la même clé d’accès contre un jeton de courte durée, gardé en mémoire seulement, comme Sinch le conseille en production. La plateforme stocke le jeton d’API dans les deux cas.</translation>
    </message>
    <message>
        <source>Basic (API token)</source>
        <translation>Basic (jeton d’API)</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison des jetons</translation>
    </message>
    <message>
        <source>Leave empty to use Sinch&apos;s token endpoint, https://auth.sinch.com/oauth2/token. Set it only to point the console at a test server; plain http is accepted for loopback addresses only.</source>
        <translation>Laissez vide pour utiliser le point de terminaison des jetons de Sinch, https://auth.sinch.com/oauth2/token. Ne le renseignez que pour diriger la console vers un serveur de test&#x202f;; le HTTP non chiffré n’est accepté que pour les adresses de bouclage.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
</context>
<context>
    <name>cc::ImportDialog</name>
    <message>
        <source>Import API credentials</source>
        <translation>Importer des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Secrets to enter after the import: %1.</source>
        <translation>Secrets à saisir après l’importation&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n API credential(s)</source>
        <translation>
            <numerusform>Importer %n ensemble d’informations d’identification</numerusform>
            <numerusform>Importer %n ensembles d’informations d’identification</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>API credentials in the file</source>
        <translation>Informations d’identification de l’API du fichier</translation>
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
        <translation>Aide</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>Double opt-in</translation>
    </message>
    <message>
        <source>Custom inbound keyword</source>
        <translation>Mot-clé entrant personnalisé</translation>
    </message>
    <message>
        <source>Default inbound reply</source>
        <translation>Réponse entrante par défaut</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source>None of the API credentials has keyword settings (Sinch and Infobip have them).</source>
        <translation>Aucune des informations d’identification de l’API n’a de paramètres de mots-clés (Sinch et Infobip en ont).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (defaults)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Type an inbound text to see which rule answers it.</source>
        <translation>Saisissez un texte entrant pour voir quelle règle y répond.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule: %1 (keyword %2)</source>
        <translation>Règle&#xa0;: %1 (mot-clé %2)</translation>
    </message>
    <message>
        <source>(the platform asks the person to confirm)</source>
        <translation>(la plateforme demande à la personne de confirmer)</translation>
    </message>
    <message>
        <source>(no reply: the keyword is stored on the profile for journeys to use)</source>
        <translation>(pas de réponse&#xa0;: le mot-clé est stocké dans le profil, à la disposition des parcours)</translation>
    </message>
    <message>
        <source>(nothing is sent: no rule matches and there is no default inbound reply)</source>
        <translation>(rien n’est envoyé&#xa0;: aucune règle ne correspond et il n’y a pas de réponse entrante par défaut)</translation>
    </message>
    <message>
        <source>(nothing is sent: this rule&apos;s message is empty)</source>
        <translation>(rien n’est envoyé&#xa0;: le message de cette règle est vide)</translation>
    </message>
    <message>
        <source>A profile is created if none exists.</source>
        <translation>Un profil est créé au besoin.</translation>
    </message>
    <message>
        <source>%1. A profile is created if none exists.</source>
        <translation>%1. Un profil est créé au besoin.</translation>
    </message>
    <message>
        <source>Inbound keyword preview</source>
        <translation>Aperçu des mots-clés entrants</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>Informations d’identification de l’API</translation>
    </message>
    <message>
        <source>Inbound text</source>
        <translation>Texte entrant</translation>
    </message>
    <message>
        <source>What a person texts, for example STOP</source>
        <translation>Ce qu’une personne envoie, par exemple STOP</translation>
    </message>
    <message>
        <source>Person sends</source>
        <translation>La personne envoie</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Encoding and segments</source>
        <translation>Encodage et segments</translation>
    </message>
    <message>
        <source>Keywords in force</source>
        <translation>Mots-clés en vigueur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>“%1” is also a keyword of: %2. The rule above is matched first, so those never answer it.</source>
        <translation>«&#xa0;%1&#xa0;» est aussi un mot-clé de&#xa0;: %2. La règle ci-dessus est vérifiée en premier&#xa0;: celles-ci n’y répondent jamais.</translation>
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
        <translation>%1&#xa0;: ce n’est pas du JSON&#xa0;: le texte ne peut pas être lu au caractère %2 (%3). Écrivez un objet JSON, avec chaque espace réservé dans une chaîne, par exemple &quot;text&quot;: &quot;{{message}}&quot;.</translation>
    </message>
    <message>
        <source>%1: write a JSON object, between { and }: the request&apos;s body is one object.</source>
        <translation>%1&#xa0;: écrivez un objet JSON, entre { et }&#xa0;: le corps de la requête est un seul objet.</translation>
    </message>
    <message>
        <source>%1: %2 is missing. Put it inside a string value, for example %3.</source>
        <translation>%1&#xa0;: %2 manque. Placez-le dans une valeur de type chaîne, par exemple %3.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is not inside a string value. Put it between quotes, for example %4; the console escapes what it puts there.</source>
        <translation>%1&#xa0;: %2 (au caractère %3) n’est pas dans une valeur de type chaîne. Placez-le entre guillemets, par exemple %4&#x202f;; la console échappe ce qu’elle y met.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is in the name of a member. Placeholders go in values, for example %4.</source>
        <translation>%1&#xa0;: %2 (au caractère %3) est dans le nom d’un membre. Les espaces réservés vont dans les valeurs, par exemple %4.</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3) is not a placeholder the console fills. Check its spelling (names are case-sensitive).</source>
        <translation>%1&#xa0;: %2 (au caractère %3) n’est pas un espace réservé que la console remplit. Vérifiez son orthographe (les noms sont sensibles à la casse).</translation>
    </message>
</context>
<context>
    <name>cc::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>About Channel Console</source>
        <translation>À propos de Channel Console</translation>
    </message>
    <message>
        <source>Channel Console %1
Manage the API credentials of your SMS and MMS providers.</source>
        <translation>Channel Console %1
Gérez les informations d’identification de l’API de vos fournisseurs de SMS et de MMS.</translation>
    </message>
    <message>
        <source>Delete the API credentials &quot;%1&quot;? Their secrets are removed from the system keychain too. This cannot be undone.</source>
        <translation>Supprimer les informations d’identification de l’API «&#xa0;%1&#xa0;»&#x202f;? Leurs secrets sont aussi retirés du trousseau de clés du système. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API credentials (%1)? Their secrets are removed from the system keychain too. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n ensemble d’informations d’identification de l’API (%1)&#x202f;? Ses secrets sont aussi retirés du trousseau de clés du système. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n ensembles d’informations d’identification de l’API (%1)&#x202f;? Leurs secrets sont aussi retirés du trousseau de clés du système. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API credentials</source>
        <translation>Supprimer des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Channel Console</source>
        <translation>Channel Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Informations d’identification</translation>
    </message>
    <message>
        <source>Create new API credentials…</source>
        <translation>Créer des informations d’identification de l’API…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Channel Console</source>
        <translation>À &amp;propos de Channel Console</translation>
    </message>
    <message>
        <source>Import API credentials</source>
        <translation>Importer des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export API credentials</source>
        <translation>Exporter des informations d’identification de l’API</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>Impossible d’importer %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n API credential(s). Open each one to enter its secrets.</source>
        <translation>
            <numerusform>%n ensemble d’informations d’identification de l’API importé. Ouvrez-le pour saisir ses secrets.</numerusform>
            <numerusform>%n ensembles d’informations d’identification de l’API importés. Ouvrez chacun d’eux pour saisir ses secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n API credential(s) without their secrets.</source>
        <translation>
            <numerusform>%n ensemble d’informations d’identification de l’API exporté sans ses secrets.</numerusform>
            <numerusform>%n ensembles d’informations d’identification de l’API exportés sans leurs secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the check: %2</source>
        <translation>Échec de la vérification de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <source>Export the non-secret settings of the selected API credentials (all when none is selected)</source>
        <translation>Exporter les paramètres non secrets des informations d’identification de l’API sélectionnées (toutes si aucune n’est sélectionnée)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Journal d’activité…</translation>
    </message>
    <message>
        <source>Check &amp;all API credentials</source>
        <translation>Vérifier &amp;toutes les informations d’identification de l’API</translation>
    </message>
    <message>
        <source>&amp;Inbound keyword preview…</source>
        <translation>&amp;Aperçu des mots-clés entrants…</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>after the first names of API credentials to delete</comment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n API credentials: removing their secrets from the keychain (%1 done)…</source>
        <translation>
            <numerusform>Suppression de %n ensemble d’informations d’identification de l’API&#xa0;: retrait de ses secrets du trousseau de clés (%1 sur %n)…</numerusform>
            <numerusform>Suppression de %n ensembles d’informations d’identification de l’API&#xa0;: retrait de leurs secrets du trousseau de clés (%1 sur %n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n API credentials.</source>
        <translation>
            <numerusform>%n ensemble d’informations d’identification de l’API supprimé.</numerusform>
            <numerusform>%n ensembles d’informations d’identification de l’API supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, empty database is in use; the copy of the damaged one is kept.</source>
        <translation>Une nouvelle base de données vide est utilisée&#x202f;; la copie de l’ancienne, endommagée, est conservée.</translation>
    </message>
    <message>
        <source>The database is left as it is and nothing will be saved over it unless you choose to start with an empty list. You can still export what is shown.</source>
        <translation>La base de données est laissée telle quelle et rien ne sera enregistré par-dessus, sauf si vous choisissez de commencer avec une liste vide. Vous pouvez toujours exporter ce qui est affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%n keychain entries belong to no API credentials: an earlier change was interrupted before it could remove them. Remove them from the keychain?</source>
        <translation>
            <numerusform>%n entrée du trousseau n’appartient à aucune information d’identification de l’API&#xa0;: une modification précédente a été interrompue avant de pouvoir la retirer. La retirer du trousseau&#x202f;?</numerusform>
            <numerusform>%n entrées du trousseau n’appartiennent à aucune information d’identification de l’API&#xa0;: une modification précédente a été interrompue avant de pouvoir les retirer. Les retirer du trousseau&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keychain entries left behind</source>
        <translation>Entrées du trousseau laissées en arrière</translation>
    </message>
    <message>
        <source>The keychain entries left behind were removed.</source>
        <translation>Les entrées du trousseau laissées en arrière ont été retirées.</translation>
    </message>
    <message>
        <source>The credentials database could not be loaded, so nothing can be saved yet. Choose &quot;Start with an empty list&quot; above, or repair the file and restart.</source>
        <translation>La base de données des informations d’identification n’a pas pu être chargée, rien ne peut donc encore être enregistré. Choisissez «&#xa0;Commencer avec une liste vide&#xa0;» ci-dessus, ou réparez le fichier et redémarrez.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; with its vendor, without sending anything…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» auprès de son fournisseur, sans rien envoyer…</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Exporter tout…</translation>
    </message>
</context>
<context>
    <name>cc::MessageEdit</name>
    <message>
        <source>No text: the MMS carries the media alone.</source>
        <translation>Aucun texte&#xa0;: le MMS ne transporte que le média.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · sent with the media in one MMS, not split into SMS</source>
        <translation>
            <numerusform>%n caractère · envoyé avec le média dans un seul MMS, sans découpage en SMS</numerusform>
            <numerusform>%n caractères · envoyés avec le média dans un seul MMS, sans découpage en SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. The text of an MMS travels with its media in the same message: it is not split into SMS segments, and GSM-7 and UCS-2 do not apply.</source>
        <translation>Les caractères sont comptés tels que vous les voyez&#xa0;: un emoji avec sa couleur de peau, un drapeau ou une lettre avec son accent compte pour un caractère. Le texte d’un MMS voyage avec son média dans le même message&#xa0;: il n’est pas découpé en segments SMS, et GSM-7 et UCS-2 ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>Comment est-ce compté&#x202f;?</translation>
    </message>
</context>
<context>
    <name>cc::NetError</name>
    <message>
        <source>The vendor rejected the credentials (HTTP 401). Check the API token or key, and that it belongs to this service plan or project.</source>
        <translation>Le fournisseur a refusé les informations d’identification (HTTP 401). Vérifiez le jeton ou la clé d’API, ainsi que son appartenance à ce plan de service ou à ce projet.</translation>
    </message>
    <message>
        <source>The credentials are valid but lack a permission (HTTP 403). Give the key or token the scope this action needs in the vendor&apos;s dashboard.</source>
        <translation>Les informations d’identification sont valides mais une autorisation manque (HTTP 403). Accordez à la clé ou au jeton la portée nécessaire à cette action dans le tableau de bord du fournisseur.</translation>
    </message>
    <message>
        <source>The vendor does not know this account (HTTP 404). Check the service plan ID, project ID, app ID and region: a wrong region also gives this error.</source>
        <translation>Le fournisseur ne connaît pas ce compte (HTTP 404). Vérifiez l’identifiant du plan de service, l’identifiant de projet, l’ID de l’application et la région&#xa0;: une mauvaise région donne aussi cette erreur.</translation>
    </message>
    <message>
        <source>The vendor refused the request as invalid (HTTP 400). Check the phone numbers and fields.</source>
        <translation>Le fournisseur a rejeté la requête, qu’il juge non valide (HTTP 400). Vérifiez les numéros de téléphone et les champs.</translation>
    </message>
    <message>
        <source>The vendor refused the request as invalid (HTTP 400): %1</source>
        <translation>Le fournisseur a rejeté la requête, qu’il juge non valide (HTTP 400)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the vendor asks to wait %n second(s) before trying again (HTTP 429).</source>
        <translation>
            <numerusform>Trop de requêtes&#xa0;: le fournisseur demande d’attendre %n seconde avant de réessayer (HTTP 429).</numerusform>
            <numerusform>Trop de requêtes&#xa0;: le fournisseur demande d’attendre %n secondes avant de réessayer (HTTP 429).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the vendor asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation>Trop de requêtes&#xa0;: le fournisseur demande de ralentir (HTTP 429). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The vendor&apos;s service is unavailable (HTTP %1). Try again later; if it persists, check the vendor&apos;s status page.</source>
        <translation>Le service du fournisseur est indisponible (HTTP %1). Réessayez plus tard&#x202f;; si le problème persiste, consultez la page d’état du fournisseur.</translation>
    </message>
    <message>
        <source>The vendor answered with an unexpected HTTP status %1.</source>
        <translation>Le fournisseur a répondu avec un statut HTTP inattendu %1.</translation>
    </message>
    <message>
        <source>The vendor answered with HTTP status %1: %2</source>
        <translation>Le fournisseur a répondu avec le statut HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vendor did not answer in time. Check your network connection and the API endpoint, then try again.</source>
        <translation>Le fournisseur n’a pas répondu à temps. Vérifiez votre connexion réseau et le point de terminaison de l’API, puis réessayez.</translation>
    </message>
    <message>
        <source>The vendor&apos;s host name could not be found. Check the API base URL or endpoint and your network connection.</source>
        <translation>Le nom d’hôte du fournisseur est introuvable. Vérifiez l’URL de base de l’API ou le point de terminaison, ainsi que votre connexion réseau.</translation>
    </message>
    <message>
        <source>The secure connection to the vendor failed (TLS certificate or handshake). Nothing was sent. Check the address; a network that intercepts HTTPS can also cause this.</source>
        <translation>La connexion sécurisée au fournisseur a échoué (certificat ou négociation TLS). Rien n’a été envoyé. Vérifiez l’adresse&#x202f;; un réseau qui intercepte le HTTPS peut aussi en être la cause.</translation>
    </message>
    <message>
        <source>The connection to the vendor failed or was closed early. Check the address and your network, then try again.</source>
        <translation>La connexion au fournisseur a échoué ou a été fermée prématurément. Vérifiez l’adresse et votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Plain http:// is refused except for this computer&apos;s own addresses. Use an https:// address.</source>
        <translation>Le http:// simple est refusé, sauf pour les adresses propres à cet ordinateur. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The vendor redirected the request elsewhere; it was not followed. Check the API base URL or endpoint.</source>
        <translation>Le fournisseur a redirigé la requête ailleurs&#x202f;; la redirection n’a pas été suivie. Vérifiez l’URL de base de l’API ou le point de terminaison.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer was unexpectedly large and was cut off. Check the API base URL or endpoint.</source>
        <translation>La réponse du fournisseur était anormalement volumineuse et a été tronquée. Vérifiez l’URL de base de l’API ou le point de terminaison.</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer could not be understood. Check that the API base URL or endpoint points at the vendor&apos;s API.</source>
        <translation>La réponse du fournisseur est incompréhensible. Vérifiez que l’URL de base de l’API ou le point de terminaison désigne bien l’API du fournisseur.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent: the message may or may not have been sent. Look up its delivery report before sending again.</source>
        <translation>La connexion a été coupée après l’envoi de la requête&#xa0;: le message a peut-être été envoyé, peut-être pas. Consultez son rapport de remise avant de l’envoyer à nouveau.</translation>
    </message>
</context>
<context>
    <name>cc::NetPolicy</name>
    <message>
        <source>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</source>
        <translation>Utilisez https://&#xa0;: le http:// simple n’est accepté que pour les adresses propres à cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; is not supported.</source>
        <translation>Utilisez une adresse https://&#x202f;; «&#xa0;%1&#xa0;» n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// and names a host.</source>
        <translation>Saisissez une adresse complète qui commence par https:// et indique un hôte.</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// and names a host, for example %1.</source>
        <translation>Saisissez une adresse complète qui commence par https:// et indique un hôte, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter the address of the media file itself, for example %1.</source>
        <translation>Saisissez l’adresse du fichier média lui-même, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>cc::PhoneNumbers</name>
    <message>
        <source>Use only digits after the + (spaces, dots, dashes and brackets may separate them); “%1” is not allowed.</source>
        <translation>N’utilisez que des chiffres après le + (espaces, points, tirets et parenthèses peuvent les séparer)&#x202f;; «&#xa0;%1&#xa0;» n’est pas autorisé.</translation>
    </message>
    <message>
        <source>The digits after the + do not start with a known country code; check them.</source>
        <translation>Les chiffres après le + ne commencent pas par un indicatif de pays connu&#x202f;; vérifiez-les.</translation>
    </message>
    <message>
        <source>This number is too long; enter +, the country code and the number, nothing more.</source>
        <translation>Ce numéro est trop long&#x202f;; saisissez +, l’indicatif du pays et le numéro, rien de plus.</translation>
    </message>
    <message>
        <source>This number is too short; enter +, the country code and the whole number.</source>
        <translation>Ce numéro est trop court&#x202f;; saisissez +, l’indicatif du pays et le numéro complet.</translation>
    </message>
    <message>
        <source>This number is too short for country code +%1; check the digits.</source>
        <translation>Ce numéro est trop court pour l’indicatif +%1&#x202f;; vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>This number is too long for country code +%1; check the digits.</source>
        <translation>Ce numéro est trop long pour l’indicatif +%1&#x202f;; vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>This is not a valid number for country code +%1; check the digits.</source>
        <translation>Ce numéro n’est pas valide pour l’indicatif +%1&#x202f;; vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked: a part of Channel Console is missing (%1). Reinstall Channel Console.</source>
        <translation>Impossible de vérifier les numéros de téléphone&#xa0;: un composant de Channel Console est absent (%1). Réinstallez Channel Console.</translation>
    </message>
    <message>
        <source>Start with + and the country code, for example %1, or enter a short code of %2 to %3 digits.</source>
        <translation>Commencez par + et l’indicatif du pays, par exemple %1, ou saisissez un code court de %2 à %3 chiffres.</translation>
    </message>
    <message>
        <source>Start with + and the country code, for example %1.</source>
        <translation>Commencez par + et l’indicatif du pays, par exemple %1.</translation>
    </message>
    <message>
        <source>Use only digits after the + (spaces, dots, dashes and brackets may separate them); remove the invisible character %1 (at position %2).</source>
        <translation>N’utilisez que des chiffres après le + (espaces, points, tirets et parenthèses peuvent les séparer)&#x202f;; supprimez le caractère invisible %1 (en position %2).</translation>
    </message>
</context>
<context>
    <name>cc::PrivateFile</name>
    <message>
        <source>It is not a regular file (a folder, a device or a pipe); choose a file name to save to.</source>
        <translation>Ce n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube)&#x202f;; choisissez un nom de fichier où enregistrer.</translation>
    </message>
</context>
<context>
    <name>cc::RegionDialog</name>
    <message>
        <source>Find region</source>
        <translation>Trouver la région</translation>
    </message>
    <message>
        <source>Checks these API credentials with every region of %1 at once, as Check does: read only, nothing is sent.</source>
        <translation>Vérifie ces informations d’identification de l’API auprès de toutes les régions de %1 à la fois, comme Vérifier&#xa0;: en lecture seule, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Regions and their answers</source>
        <translation>Les régions et leurs réponses</translation>
    </message>
    <message>
        <source>Use region</source>
        <translation>Utiliser la région</translation>
    </message>
    <message>
        <source>Use region %1</source>
        <translation>Utiliser la région %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Asking every region…</source>
        <translation>Interrogation de toutes les régions…</translation>
    </message>
    <message>
        <source>The API credentials work in region %1, the one the form has.</source>
        <translation>Les informations d’identification de l’API fonctionnent dans la région %1, celle du formulaire.</translation>
    </message>
    <message>
        <source>The API credentials work in region %1.</source>
        <translation>Les informations d’identification de l’API fonctionnent dans la région %1.</translation>
    </message>
    <message>
        <source>More than one region accepted the API credentials; choose the region yourself.</source>
        <translation>Plusieurs régions ont accepté les informations d’identification de l’API&#x202f;; choisissez vous-même la région.</translation>
    </message>
    <message>
        <source>No region accepted the API credentials: check the secrets, and the project, app or service plan IDs.</source>
        <translation>Aucune région n’a accepté les informations d’identification de l’API&#xa0;: vérifiez les secrets, et les ID de projet, d’application ou de plan de service.</translation>
    </message>
</context>
<context>
    <name>cc::RegionProbe</name>
    <message>
        <source>%1 API credentials have no region to find: the account&apos;s own address says where it is.</source>
        <translation>Les informations d’identification de l’API %1 n’ont pas de région à trouver&#xa0;: l’adresse propre au compte dit où il se trouve.</translation>
    </message>
    <message>
        <source>The API endpoint is set to %1, so every region would be asked at that one address. Clear the API endpoint, or put {region} in it where the region goes.</source>
        <translation>Le point de terminaison de l’API est %1&#xa0;: chaque région serait interrogée à cette même adresse. Videz le point de terminaison de l’API, ou mettez-y {region} à la place de la région.</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>interrogation…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusées</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>cc::ReplaceSecretDialog</name>
    <message>
        <source>Checking the new value with %1… Nothing is sent to anybody.</source>
        <translation>Vérification de la nouvelle valeur auprès de %1… Rien n’est envoyé à personne.</translation>
    </message>
    <message>
        <source>Replace a secret of “%1”</source>
        <translation>Remplacer un secret de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The new value is checked with %1 first, with the other secrets from the keychain (a read-only call; nothing is sent to anybody). Only if %1 accepts it does it replace the old value in the keychain; otherwise the old value is kept and nothing changes.</source>
        <translation>La nouvelle valeur est d’abord vérifiée auprès de %1, avec les autres secrets du trousseau de clés (un appel en lecture seule&#x202f;; rien n’est envoyé à personne). Elle ne remplace l’ancienne valeur dans le trousseau de clés que si %1 l’accepte&#x202f;; sinon l’ancienne valeur est conservée et rien ne change.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Nouvelle valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Check and &amp;replace</source>
        <translation>Vérifier et &amp;remplacer</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a row to read all of it here.</source>
        <translation>Sélectionnez une ligne pour la lire ici en entier.</translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation>La ligne sélectionnée en entier</translation>
    </message>
</context>
<context>
    <name>cc::SecretAge</name>
    <message>
        <source>today</source>
        <extracomment>The secrets&apos; age: they were set today.</extracomment>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The secrets&apos; age.</extracomment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: older than %n day(s)</source>
        <extracomment>%1 is the secrets&apos; age (&quot;120 days&quot;).</extracomment>
        <translation>
            <numerusform>%1&#xa0;: plus de %n jour</numerusform>
            <numerusform>%1&#xa0;: plus de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SecretAgeMenu</name>
    <message>
        <source>&amp;Flag old secrets</source>
        <translation>&amp;Signaler les secrets anciens</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Plus de %n jour</numerusform>
            <numerusform>Plus de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SecretEdit</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Masquer la valeur</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Conservé dans le trousseau de clés&#x202f;; saisissez une valeur pour le remplacer</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>The stored value cannot be shown: %1</source>
        <translation>Impossible d’afficher la valeur enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cc::SecretRotation</name>
    <message>
        <source>The secret “%1” was replaced: the vendor accepted the new value.</source>
        <translation>Le secret «&#xa0;%1&#xa0;» a été remplacé&#xa0;: le fournisseur a accepté la nouvelle valeur.</translation>
    </message>
    <message>
        <source>The secret “%1” was not replaced; the old value is kept. %2</source>
        <translation>Le secret «&#xa0;%1&#xa0;» n’a pas été remplacé&#x202f;; l’ancienne valeur est conservée. %2</translation>
    </message>
    <message>
        <source>“%1” is no secret field of these API credentials.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ secret de ces informations d’identification de l’API.</translation>
    </message>
    <message>
        <source>The new value of “%1” is empty.</source>
        <translation>La nouvelle valeur de «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The secret “%1” was replaced without a check: %2 has no read-only call to try it with, so nothing was sent. Use Test send to try the new value.</source>
        <translation>Le secret «&#xa0;%1&#xa0;» a été remplacé sans vérification&#xa0;: %2 n’a pas d’appel en lecture seule pour l’essayer, donc rien n’a été envoyé. Utilisez Envoi de test pour essayer la nouvelle valeur.</translation>
    </message>
    <message>
        <source>“%1” is not used by these API credentials as they are set (see their authentication settings), so it cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas utilisé par ces informations d’identification de l’API telles qu’elles sont réglées (voir leurs réglages d’authentification)&#x202f;; il ne peut donc pas être remplacé.</translation>
    </message>
</context>
<context>
    <name>cc::SecretStore</name>
    <message>
        <source>The secret was not found in the system keychain, or the keychain is locked. Unlock your keychain, or enter the secret again.</source>
        <translation>Le secret est introuvable dans le trousseau de clés du système, ou le trousseau est verrouillé. Déverrouillez votre trousseau, ou saisissez de nouveau le secret.</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so secrets cannot be stored or read. Start your desktop&apos;s keyring service (for example GNOME Keyring or KWallet) and try again. Nothing was saved in its place.</source>
        <translation>Aucun trousseau de clés du système n’est accessible&#xa0;: les secrets ne peuvent être ni enregistrés ni lus. Démarrez le service de trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et réessayez. Rien n’a été enregistré à sa place.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again. Nothing was saved in its place.</source>
        <translation>Le trousseau de clés du système est verrouillé ou a refusé l’accès. Déverrouillez-le et réessayez. Rien n’a été enregistré à sa place.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it persists, restart your keyring service.</source>
        <translation>Le trousseau de clés du système a signalé une erreur. Réessayez&#x202f;; si le problème persiste, redémarrez votre service de trousseau.</translation>
    </message>
</context>
<context>
    <name>cc::SmsInfo</name>
    <message numerus="yes">
        <source>%n character(s) · GSM-7: %1 of %2 septets · %3 SMS</source>
        <comment>user-perceived characters; septets used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n caractère · GSM-7&#xa0;: %1 septets sur %2 · %3 SMS</numerusform>
            <numerusform>%n caractères · GSM-7&#xa0;: %1 septets sur %2 · %3 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of %1): %2 of %3 code units · %4 SMS</source>
        <comment>user-perceived characters; the code point and Unicode name of the invisible character that forces UCS-2, e.g. U+00A0 NO-BREAK SPACE; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n caractère · UCS-2 (à cause de %1)&#xa0;: %2 unités de code sur %3 · %4 SMS</numerusform>
            <numerusform>%n caractères · UCS-2 (à cause de %1)&#xa0;: %2 unités de code sur %3 · %4 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of %1 in “%2”): %3 of %4 code units · %5 SMS</source>
        <comment>user-perceived characters; the code point and Unicode name that forces UCS-2, e.g. U+0301 COMBINING ACUTE ACCENT, and the character it is part of; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n caractère · UCS-2 (à cause de %1 dans «&#xa0;%2&#xa0;»)&#xa0;: %3 unités de code sur %4 · %5 SMS</numerusform>
            <numerusform>%n caractères · UCS-2 (à cause de %1 dans «&#xa0;%2&#xa0;»)&#xa0;: %3 unités de code sur %4 · %5 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) · UCS-2 (because of “%1”): %2 of %3 code units · %4 SMS</source>
        <comment>user-perceived characters; the first character that forces UCS-2; UTF-16 units used of those the SMS hold; number of SMS</comment>
        <translation>
            <numerusform>%n caractère · UCS-2 (à cause de «&#xa0;%1&#xa0;»)&#xa0;: %2 unités de code sur %3 · %4 SMS</numerusform>
            <numerusform>%n caractères · UCS-2 (à cause de «&#xa0;%1&#xa0;»)&#xa0;: %2 unités de code sur %3 · %4 SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its accent is one character. An SMS holds 160 septets in GSM-7 (153 in each part of a longer message; ^ { } \ [ ] ~ | € take two) or 70 UTF-16 code units in UCS-2 (67 in each part; most emoji take two or more). A character is never cut between two parts.</source>
        <translation>Les caractères sont comptés tels que vous les voyez&#xa0;: un emoji avec sa couleur de peau, un drapeau ou une lettre avec son accent compte pour un caractère. Un SMS contient 160 septets en GSM-7 (153 dans chaque partie d’un message plus long&#x202f;; ^ { } \ [ ] ~ | € en prennent deux) ou 70 unités de code UTF-16 en UCS-2 (67 dans chaque partie&#x202f;; la plupart des emoji en prennent deux ou plus). Un caractère n’est jamais coupé entre deux parties.</translation>
    </message>
</context>
<context>
    <name>cc::StatusLook</name>
    <message>
        <source>Success</source>
        <extracomment>Said by screen readers before a message that reports a success.</extracomment>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by screen readers before a warning.</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Said by screen readers before an error message.</extracomment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>cc::TestSendDialog</name>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Media URL: %1</source>
        <translation>URL du média&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Fetching the delivery report…</source>
        <translation>Récupération du rapport de remise…</translation>
    </message>
    <message>
        <source>Message ID: %1</source>
        <translation>ID du message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vendor status: %1</source>
        <translation>Statut chez le fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test send an MMS</source>
        <translation>Envoyer un MMS de test</translation>
    </message>
    <message>
        <source>Test send an SMS</source>
        <translation>Envoyer un SMS de test</translation>
    </message>
    <message>
        <source>Sends a real SMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</source>
        <translation>Envoie un vrai SMS avec «&#xa0;%1&#xa0;» via %2. Le destinataire le reçoit et votre compte est facturé.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Optional: a number or name your account may send from</source>
        <translation>Facultatif&#xa0;: un numéro ou un nom d’expéditeur autorisé pour votre compte</translation>
    </message>
    <message>
        <source>Text (optional)</source>
        <translation>Texte (facultatif)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>URL du média</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Rapport de remise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Optional: the short code or long number to send from; empty uses the app&apos;s default MMS sender</source>
        <translation>Facultatif&#xa0;: le code court ou le numéro long d’envoi&#x202f;; vide, l’expéditeur MMS par défaut de l’application est utilisé</translation>
    </message>
    <message>
        <source>+ country code and number, for example %1</source>
        <translation>+ indicatif du pays et numéro, par exemple %1</translation>
    </message>
    <message>
        <source>Sends a real MMS with &quot;%1&quot; through %2. The recipient receives it and your account is charged.</source>
        <translation>Envoie un vrai MMS avec «&#xa0;%1&#xa0;» via %2. Le destinataire le reçoit et votre compte est facturé.</translation>
    </message>
    <message>
        <source>Building the request…</source>
        <translation>Préparation de la requête…</translation>
    </message>
    <message>
        <source>Nothing was sent yet. Below is the request as it will go out (secrets masked); Send sends it as it is.</source>
        <translation>Rien n’a encore été envoyé. Voici la requête telle qu’elle partira (secrets masqués)&#x202f;; le bouton Envoyer l’enverra telle quelle.</translation>
    </message>
    <message>
        <source>Preview request…</source>
        <translation>Aperçu de la requête…</translation>
    </message>
    <message>
        <source>The provider&apos;s answer (secrets masked):</source>
        <translation>La réponse du fournisseur (secrets masqués)&#xa0;:</translation>
    </message>
    <message>
        <source>The request that Send sends (secrets masked):</source>
        <translation>La requête que le bouton Envoyer enverra (secrets masqués)&#xa0;:</translation>
    </message>
    <message>
        <source>Test send a message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Sends a real message with &quot;%1&quot; through %2: its text, with the media when you give a media URL. The recipient receives it and your account is charged.</source>
        <translation>Envoie un vrai message avec «&#xa0;%1&#xa0;» via %2&#xa0;: son texte, avec le média si vous donnez une URL de média. Le destinataire le reçoit et votre compte est débité.</translation>
    </message>
</context>
<context>
    <name>cc::VendorOperations</name>
    <message>
        <source>The credentials work: %1 accepted them. Nothing was sent.</source>
        <translation>Les informations d’identification fonctionnent&#xa0;: %1 les a acceptées. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Enter the phone number to send the test message to.</source>
        <translation>Saisissez le numéro de téléphone auquel envoyer le message de test.</translation>
    </message>
    <message>
        <source>Enter the https address of the image or file to send as the test MMS.</source>
        <translation>Saisissez l’adresse https de l’image ou du fichier à envoyer comme MMS de test.</translation>
    </message>
    <message>
        <source>Enter the text of the test message.</source>
        <translation>Saisissez le texte du message de test.</translation>
    </message>
    <message>
        <source>Sinch accepted the test message. Batch ID: %1. Use the delivery report to see whether it arrived.</source>
        <translation>Sinch a accepté le message de test. ID du lot&#xa0;: %1. Consultez le rapport de remise pour savoir s’il est arrivé.</translation>
    </message>
    <message>
        <source>Sinch accepted the test MMS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</source>
        <translation>Sinch a accepté le MMS de test. ID du message&#xa0;: %1. Sa remise est signalée aux webhooks de l’application.</translation>
    </message>
    <message>
        <source>Infobip accepted the test message (status %1). Message ID: %2.</source>
        <translation>Infobip a accepté le message de test (statut %1). ID du message&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Infobip refused the test message (status %1): %2</source>
        <translation>Infobip a refusé le message de test (statut %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sinch reports MMS delivery only to the app&apos;s webhooks; there is no report to fetch.</source>
        <translation>Sinch ne signale la remise des MMS qu’aux webhooks de l’application&#x202f;; il n’y a aucun rapport à récupérer.</translation>
    </message>
    <message>
        <source>Send a test message first: its ID is needed to fetch the delivery report.</source>
        <translation>Envoyez d’abord un message de test&#xa0;: son ID est nécessaire pour récupérer le rapport de remise.</translation>
    </message>
    <message>
        <source>No delivery status yet for batch %1. Try again in a moment.</source>
        <translation>Pas encore de statut de remise pour le lot %1. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Delivery report for batch %1: %2.</source>
        <translation>Rapport de remise du lot %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Infobip has no log for message %1 yet. Logs cover the last 48 hours; try again in a moment.</source>
        <translation>Infobip n’a pas encore de journal pour le message %1. Les journaux couvrent les 48 dernières heures&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Message %1: %2 (%3).</source>
        <translation>Message %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Setting up the SMS channel of a Conversation app needs a Sinch MMS credential.</source>
        <translation>La configuration du canal SMS d’une application Conversation nécessite des informations d’identification Sinch MMS.</translation>
    </message>
    <message numerus="yes">
        <source>Read the Conversation app %1 and its %n channel(s).</source>
        <translation>
            <numerusform>Application Conversation %1 lue, avec %n canal.</numerusform>
            <numerusform>Application Conversation %1 lue, avec %n canaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before changing the app: the Conversation API returned the credentials of its %1 channel(s) without their secrets, so an update would erase them. Set up the SMS channel in the Sinch dashboard instead.</source>
        <translation>Arrêt avant toute modification de l’application&#xa0;: l’API Conversation a renvoyé les informations d’identification de ses canaux %1 sans leurs secrets&#x202f;; une mise à jour les effacerait. Configurez plutôt le canal SMS dans le tableau de bord Sinch.</translation>
    </message>
    <message>
        <source>Set the app&apos;s SMS channel to service plan %1; the other channels were kept.</source>
        <translation>Canal SMS de l’application associé au plan de service %1&#x202f;; les autres canaux ont été conservés.</translation>
    </message>
    <message>
        <source>Created a webhook that sends inbound messages to %1.</source>
        <translation>Webhook créé&#xa0;: il envoie les messages entrants à %1.</translation>
    </message>
    <message>
        <source>%1 Last step, in the Sinch dashboard: set the callback URL of service plan %2 to %3</source>
        <translation>%1 Dernière étape, dans le tableau de bord Sinch&#xa0;: définissez l’URL de rappel du plan de service %2 sur %3</translation>
    </message>
    <message>
        <source>The SMS channel is active.</source>
        <translation>Le canal SMS est actif.</translation>
    </message>
    <message>
        <source>The SMS channel is pending: Sinch is still validating it. Check again in a moment.</source>
        <translation>Le canal SMS est en attente&#xa0;: Sinch est encore en train de le valider. Vérifiez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>The SMS channel is failing. Check the service plan ID and SMS API token.</source>
        <translation>Le canal SMS est en échec. Vérifiez l’identifiant du plan de service et le jeton d’API SMS.</translation>
    </message>
    <message>
        <source>The SMS channel is failing: %1. Check the service plan ID and SMS API token.</source>
        <translation>Le canal SMS est en échec&#xa0;: %1. Vérifiez l’identifiant du plan de service et le jeton d’API SMS.</translation>
    </message>
    <message>
        <source>The app has no SMS channel after the update. Try again, or set it up in the Sinch dashboard.</source>
        <translation>L’application n’a pas de canal SMS après la mise à jour. Réessayez, ou configurez-le dans le tableau de bord Sinch.</translation>
    </message>
    <message>
        <source>The SMS channel is set; Sinch did not report its state.</source>
        <translation>Le canal SMS est configuré&#x202f;; Sinch n’a pas signalé son état.</translation>
    </message>
    <message>
        <source>Sender: an MMS goes out from a short code or a long number. Enter its digits (a long number with + and the country code), or leave the sender empty to use the app&apos;s default MMS sender.</source>
        <translation>Expéditeur&#xa0;: un MMS part d’un code court ou d’un numéro long. Saisissez ses chiffres (un numéro long avec + et l’indicatif du pays), ou laissez l’expéditeur vide pour utiliser l’expéditeur MMS par défaut de l’application.</translation>
    </message>
    <message>
        <source>The app has %1 webhooks and Sinch allows %2 per app; none of them sends inbound messages to %3. Nothing was changed. Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again.</source>
        <translation>L’application a %1 webhooks et Sinch en autorise %2 par application&#x202f;; aucun n’envoie les messages entrants à %3. Rien n’a été modifié. Supprimez un webhook dont l’application n’a plus besoin dans le tableau de bord Sinch, puis relancez la configuration.</translation>
    </message>
    <message numerus="yes">
        <source>Read the app&apos;s %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook de l’application a été lu.</numerusform>
            <numerusform>Les %n webhooks de l’application ont été lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already set up: webhook %1 sends inbound messages to %2. It was reused; no webhook was created.</source>
        <translation>Déjà configuré&#xa0;: le webhook %1 envoie les messages entrants à %2. Il a été réutilisé&#x202f;; aucun webhook n’a été créé.</translation>
    </message>
    <message>
        <source>Sinch refused to create the webhook: the app has reached Sinch&apos;s limit of %1 webhooks per app (%2). Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up again; the SMS channel is already set up.</source>
        <translation>Sinch a refusé de créer le webhook&#xa0;: l’application a atteint la limite de Sinch de %1 webhooks par application (%2). Supprimez un webhook dont l’application n’a plus besoin dans le tableau de bord Sinch, puis relancez la configuration&#x202f;; le canal SMS est déjà configuré.</translation>
    </message>
    <message>
        <source>%1 Last step: service plan %2 must send its callbacks to this app, but Sinch&apos;s documentation gives no SMS callback address for region %3. Link the service plan to the app in the Sinch dashboard, which sets the callback by itself, or ask Sinch support for the address.</source>
        <translation>%1 Dernière étape&#xa0;: le plan de service %2 doit envoyer ses rappels à cette application, mais la documentation de Sinch ne donne aucune adresse de rappel SMS pour la région %3. Associez le plan de service à l’application dans le tableau de bord Sinch, qui définit lui-même l’adresse de rappel, ou demandez-la au support Sinch.</translation>
    </message>
    <message>
        <source>%1 cannot send MMS with these API credentials, so the media URL would not be sent. Nothing was sent.</source>
        <translation>%1 ne peut pas envoyer de MMS avec ces informations d’identification de l’API, donc l’URL du média ne serait pas envoyée. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 takes no sender with the message: it sends from the number set up with the vendor, so the sender would not be used. Nothing was sent.</source>
        <translation>%1 n’accepte pas d’expéditeur avec le message&#xa0;: il envoie depuis le numéro configuré chez le fournisseur, donc l’expéditeur ne serait pas utilisé. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The field “%1” is empty. Fill it in in the credential&apos;s form and try again.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est vide. Remplissez-le dans le formulaire des informations d’identification de l’API, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 has no delivery report the console can fetch.</source>
        <translation>%1 n’a pas de rapport de remise que la console puisse récupérer.</translation>
    </message>
    <message>
        <source>%1 has no channel set-up in the console. It is offered for %2.</source>
        <translation>La console ne propose pas de configuration de canal pour %1. Elle est proposée pour %2.</translation>
    </message>
    <message>
        <source>Sinch accepted the test message, to go as RCS, or as SMS when the phone cannot receive RCS. Message ID: %1. Its delivery is reported to the app&apos;s webhooks.</source>
        <translation>Sinch a accepté le message de test, à envoyer en RCS, ou en SMS si le téléphone ne peut pas recevoir de RCS. ID du message&#xa0;: %1. Sa remise est signalée aux webhooks de l’application.</translation>
    </message>
    <message>
        <source>Sinch reports RCS delivery only to the app&apos;s webhooks; there is no report to fetch.</source>
        <translation>Sinch ne signale la remise des RCS qu’aux webhooks de l’application&#x202f;; il n’y a aucun rapport à récupérer.</translation>
    </message>
    <message>
        <source>The credentials work, but Twilio says the account is %1: it sends no messages until it is active again.</source>
        <translation>Les informations d’identification fonctionnent, mais Twilio indique que le compte est «&#xa0;%1&#xa0;»&#xa0;: il n’envoie aucun message tant qu’il n’est pas de nouveau actif.</translation>
    </message>
    <message>
        <source>Twilio accepted the test message (status %1). Message SID: %2. Use the delivery report to see whether it arrived.</source>
        <translation>Twilio a accepté le message de test (statut %1). SID du message&#xa0;: %2. Consultez le rapport de remise pour savoir s’il est arrivé.</translation>
    </message>
    <message>
        <source>Twilio did not send the test message (status %1): %2</source>
        <translation>Twilio n’a pas envoyé le message de test (statut %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Twilio did not send the test message (status %1).</source>
        <translation>Twilio n’a pas envoyé le message de test (statut %1).</translation>
    </message>
    <message>
        <source>Message %1: %2.</source>
        <translation>Message %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Message %1: %2. Twilio&apos;s error: %3</source>
        <translation>Message %1&#xa0;: %2. Erreur de Twilio&#xa0;: %3</translation>
    </message>
    <message>
        <source>The access token could not be fetched from the token URL, so nothing else was sent. %1</source>
        <translation>Le jeton d’accès n’a pas pu être obtenu auprès de l’URL des jetons&#x202f;; rien d’autre n’a donc été envoyé. %1</translation>
    </message>
    <message>
        <source>%1 accepted the test message (HTTP %2). Its answer is shown as it came; whether the message arrived, only %1 can tell.</source>
        <translation>%1 a accepté le message de test (HTTP %2). Sa réponse est affichée telle quelle&#x202f;; seul %1 peut dire si le message est arrivé.</translation>
    </message>
    <message>
        <source>The settings are complete and valid, but %1 has no read-only call: nothing can be checked with it without sending a message. Nothing was sent. Use Test send to try it.</source>
        <translation>Les paramètres sont complets et valides, mais %1 n’a pas d’appel en lecture seule&#xa0;: rien ne peut être vérifié auprès de lui sans envoyer de message. Rien n’a été envoyé. Utilisez l’envoi de test pour l’essayer.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 settings work: the token URL gave an access token. %1 itself has no read-only call, so nothing was sent to it.</source>
        <translation>Les paramètres OAuth 2.0 fonctionnent&#xa0;: l’URL des jetons a donné un jeton d’accès. %1 lui-même n’a pas d’appel en lecture seule&#x202f;; rien ne lui a donc été envoyé.</translation>
    </message>
    <message>
        <source>The client certificate file “%1” cannot be read as a PEM certificate. Nothing was sent.</source>
        <translation>Le fichier de certificat client «&#xa0;%1&#xa0;» ne peut pas être lu comme un certificat PEM. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The client key file “%1” cannot be read as a PEM private key (RSA or EC), or its passphrase is wrong. Nothing was sent.</source>
        <translation>Le fichier de clé client «&#xa0;%1&#xa0;» ne peut pas être lu comme une clé privée PEM (RSA ou EC), ou sa phrase secrète est erronée. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The field “%1” is not a valid template. Open the credential&apos;s form to see what is wrong. Nothing was sent.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n’est pas un modèle valide. Ouvrez le formulaire des informations d’identification pour voir ce qui ne va pas. Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot save the screenshot as %1.</source>
        <translation>Impossible d’enregistrer la capture d’écran sous %1.</translation>
    </message>
</context>
</TS>
