<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
</context>
<context>
    <name>cc::CredentialRepository</name>
    <message>
        <source>The name &quot;%1&quot; is already used by other API credentials. Choose another name.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà utilisé par d’autres informations d’identification de l’API. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The credentials were not deleted, because their secrets could not be removed from the keychain. %1</source>
        <translation>Les informations d’identification n’ont pas été supprimées, car leurs secrets n’ont pas pu être retirés du trousseau de clés. %1</translation>
    </message>
    <message>
        <source>These API credentials no longer exist.</source>
        <translation>Ces informations d’identification de l’API n’existent plus.</translation>
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
        <source>The credentials file %1 was not loaded, so it is not overwritten. Choose to start afresh, or repair the file and restart.</source>
        <translation>Le fichier d’informations d’identification %1 n’a pas été chargé&#xa0;: il n’est donc pas écrasé. Choisissez de repartir de zéro, ou réparez le fichier et redémarrez.</translation>
    </message>
    <message>
        <source>Cannot write the credentials file %1: %2.</source>
        <translation>Impossible d’écrire le fichier d’informations d’identification %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the credentials file %1: %2. The previous version is unchanged.</source>
        <translation>Impossible d’écrire le fichier d’informations d’identification %1&#xa0;: %2. La version précédente est inchangée.</translation>
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
        <source>API credentials connect the platform to your SMS vendor&apos;s account: Sinch for SMS, Sinch MMS for multimedia messages, or Infobip. Create them with the identifiers and tokens from your vendor&apos;s dashboard. Tokens and keys are kept in your system keychain, never in a file.</source>
        <translation>Les informations d’identification de l’API relient la plateforme au compte de votre fournisseur de SMS&#xa0;: Sinch pour les SMS, Sinch MMS pour les messages multimédias, ou Infobip. Créez-les avec les identifiants et les jetons du tableau de bord de votre fournisseur. Les jetons et les clés sont conservés dans le trousseau de clés de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No API credentials match the search and filter. Clear the search or choose &quot;All SMS vendors&quot;.</source>
        <translation>Aucune information d’identification de l’API ne correspond à la recherche et au filtre. Effacez la recherche ou choisissez «&#xa0;Tous les fournisseurs de SMS&#xa0;».</translation>
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
        <translation>Ajoutez votre numéro entrant unique, au format international (+ et indicatif du pays) ou sous forme de numéro court. Cela vous permet d’utiliser les mêmes informations d’identification d’API dans différents sandbox, chacun ayant son propre numéro entrant.</translation>
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
        <translation>Laissez vide pour utiliser l’hôte de l’API Conversation de la région. Ne le renseignez que pour diriger la console vers un serveur de test&#x202f;; le http simple n’est accepté que pour les adresses de bouclage.</translation>
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
        <translation>Laissez vide pour utiliser l’hôte SMS de Sinch pour la région. Ne le renseignez que pour diriger la console vers un serveur de test&#x202f;; le http simple n’est accepté que pour les adresses de bouclage.</translation>
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
        <source>The damaged file will be replaced when you next save; its copy is kept.</source>
        <translation>Le fichier endommagé sera remplacé lors du prochain enregistrement&#x202f;; sa copie est conservée.</translation>
    </message>
    <message>
        <source>The file is left as it is and nothing will be saved over it unless you choose to start with an empty list.</source>
        <translation>Le fichier est laissé tel quel et rien ne sera enregistré par-dessus, sauf si vous choisissez de commencer avec une liste vide.</translation>
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
</context>
<context>
    <name>cc::NetPolicy</name>
    <message>
        <source>Enter a full address that starts with https:// and names a host, for example https://xxxxx.api.infobip.com.</source>
        <translation>Saisissez une adresse complète qui commence par https:// et indique un hôte, par exemple https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <source>Use https://: plain http:// is accepted only for this computer&apos;s own addresses (localhost, 127.0.0.1, ::1).</source>
        <translation>Utilisez https://&#xa0;: le http:// simple n’est accepté que pour les adresses propres à cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address; &quot;%1&quot; is not supported.</source>
        <translation>Utilisez une adresse https://&#x202f;; «&#xa0;%1&#xa0;» n’est pas pris en charge.</translation>
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
    <name>main</name>
    <message>
        <source>Cannot save the screenshot as %1.</source>
        <translation>Impossible d’enregistrer la capture d’écran sous %1.</translation>
    </message>
</context>
</TS>
