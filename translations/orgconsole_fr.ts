<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OrgConsole</source>
        <translation>À propos d&apos;OrgConsole</translation>
    </message>
    <message>
        <source>A desktop console for Auth0 Organizations.</source>
        <translation>Une console de bureau pour les organisations Auth0.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copies the version, Qt, keychain and system lines for a bug report.</source>
        <translation>Copie la version, Qt, le trousseau et le système pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Licences tierces</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>OrgConsole uses the Qt libraries under the GNU Lesser General Public License version 3 (LGPLv3). Qt is Copyright (C) The Qt Company Ltd. and other contributors. You may replace the Qt libraries OrgConsole uses with your own build; Qt&apos;s source code is available from %1.</source>
        <translation>OrgConsole utilise les bibliothèques Qt sous la licence publique générale limitée GNU version 3 (LGPLv3). Qt est Copyright (C) The Qt Company Ltd. et d&apos;autres contributeurs. Vous pouvez remplacer les bibliothèques Qt qu&apos;utilise OrgConsole par votre propre compilation&#xa0;; le code source de Qt est disponible sur %1.</translation>
    </message>
    <message>
        <source>GNU LGPLv3 license text</source>
        <translation>Texte de la licence GNU LGPLv3</translation>
    </message>
    <message>
        <source>Qt&apos;s LGPL obligations</source>
        <translation>Obligations LGPL de Qt</translation>
    </message>
    <message>
        <source>OrgConsole keeps secrets in the system keychain through QtKeychain, used under the BSD 3-Clause License:</source>
        <translation>OrgConsole conserve les secrets dans le trousseau du système grâce à QtKeychain, utilisé sous la licence BSD à 3 clauses&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add users</source>
        <translation>Ajouter des utilisateurs</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members. To add people who do not have an account yet, invite them instead.</source>
        <translation>Ajoutez des utilisateurs existants de ce locataire comme membres. Pour ajouter des personnes qui n&apos;ont pas encore de compte, invitez-les plutôt.</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Rechercher des utilisateurs par e-mail ou nom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Coller une liste</translation>
    </message>
    <message>
        <source>Paste email addresses or user IDs, separated by commas, spaces or new lines.</source>
        <translation>Collez des adresses e-mail ou des ID utilisateur, séparés par des virgules, des espaces ou des retours à la ligne.</translation>
    </message>
    <message>
        <source>Email addresses or user IDs</source>
        <translation>Adresses e-mail ou ID utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add user(s) to organization</source>
        <translation>Ajouter à l&apos;organisation</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%Ln utilisateur trouvé</numerusform>
            <numerusform>%Ln utilisateurs trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%Ln utilisateur sélectionné</numerusform>
            <numerusform>%Ln utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No user has these email addresses; invite them instead: %1</source>
        <translation>Aucun utilisateur n&apos;a ces adresses e-mail&#xa0;; invitez-les plutôt&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the tenant (%1).</source>
        <translation>Impossible de joindre le locataire (%1).</translation>
    </message>
    <message>
        <source>The tenant did not answer in time.</source>
        <translation>Le locataire n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so nothing was sent (%1).</source>
        <translation>Le certificat du locataire n&apos;a pas pu être vérifié, rien n&apos;a donc été envoyé (%1).</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (%1).</source>
        <translation>La réponse du locataire n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The tenant did not accept the token (%1). Sign in again.</source>
        <translation>Le locataire n&apos;a pas accepté le jeton (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The token is not allowed to do this (%1).</source>
        <translation>Le jeton n&apos;a pas le droit de faire cela (%1).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope needed for this. Grant it to the application in the Auth0 Dashboard, then sign in again.</source>
        <translation>Il manque au jeton la portée %1 nécessaire. Accordez-la à l&apos;application dans l&apos;Auth0 Dashboard, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was reached and did not clear in time. Try again in a minute.</source>
        <translation>La limite de débit du locataire a été atteinte et ne s&apos;est pas levée à temps. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The tenant had a problem (HTTP %1). Try again later.</source>
        <translation>Le locataire a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation>Le locataire a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is not known whether the change was made: the answer was lost. Check the current state before trying again.</source>
        <translation>On ne sait pas si la modification a été faite&#xa0;: la réponse a été perdue. Vérifiez l&apos;état actuel avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>The demo tenant could not be started.</source>
        <translation>Le locataire de démonstration n&apos;a pas pu être démarré.</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Filtrer les rôles par nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add role(s) to organization</source>
        <translation>Ajouter les rôles à l&apos;organisation</translation>
    </message>
    <message>
        <source>Choose the roles to assign to %1 in this organization.</source>
        <translation>Choisissez les rôles à attribuer à %1 dans cette organisation.</translation>
    </message>
    <message>
        <source>%1 (already assigned)</source>
        <translation>%1 (déjà attribué)</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) selected</source>
        <translation>
            <numerusform>%Ln rôle sélectionné</numerusform>
            <numerusform>%Ln rôles sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory until OrgConsole quits and will have to be entered again next time.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Les secrets restent en mémoire jusqu&apos;à la fermeture d&apos;OrgConsole et devront être saisis à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>AuthFailure</name>
    <message>
        <source>Enter the client secret for this tenant profile to sign in.</source>
        <translation>Saisissez le secret client de ce profil de locataire pour vous connecter.</translation>
    </message>
    <message>
        <source>The tenant rejected the client ID or client secret. Check both in the profile.</source>
        <translation>Le locataire a refusé l&apos;ID client ou le secret client. Vérifiez les deux dans le profil.</translation>
    </message>
    <message>
        <source>The application is not authorized for the Management API of this tenant (%1). Check its grant and the profile&apos;s audience.</source>
        <translation>L&apos;application n&apos;est pas autorisée pour la Management API de ce locataire (%1). Vérifiez son autorisation (grant) et l&apos;audience du profil.</translation>
    </message>
    <message>
        <source>The pasted token expired on %1. Copy a new token from the Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) and paste it again.</source>
        <translation>Le jeton collé a expiré le %1. Copiez un nouveau jeton depuis l&apos;Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>The pasted text is not a Management API token (%1).</source>
        <translation>Le texte collé n&apos;est pas un jeton de la Management API (%1).</translation>
    </message>
    <message>
        <source>The tenant no longer accepts the pasted token. Paste a new one.</source>
        <translation>Le locataire n&apos;accepte plus le jeton collé. Collez-en un nouveau.</translation>
    </message>
    <message>
        <source>The tenant is limiting token requests. Try again in a minute.</source>
        <translation>Le locataire limite les demandes de jeton. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Could not reach the tenant to sign in (%1).</source>
        <translation>Impossible de joindre le locataire pour se connecter (%1).</translation>
    </message>
    <message>
        <source>Signing in to the tenant took too long. Check the network and try again.</source>
        <translation>La connexion au locataire a pris trop de temps. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so OrgConsole did not send the credentials (%1).</source>
        <translation>Le certificat du locataire n&apos;a pas pu être vérifié, OrgConsole n&apos;a donc pas envoyé les identifiants (%1).</translation>
    </message>
    <message>
        <source>The tenant could not issue a token (%1). Try again later.</source>
        <translation>Le locataire n&apos;a pas pu émettre de jeton (%1). Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>The token lacks the %1 scope needed to %2.</source>
        <translation>Il manque au jeton la portée %1 nécessaire pour %2.</translation>
    </message>
    <message>
        <source>The token lacks the scopes %1 needed to %2.</source>
        <translation>Il manque au jeton les portées %1 nécessaires pour %2.</translation>
    </message>
    <message>
        <source>list organizations</source>
        <translation>lister les organisations</translation>
    </message>
    <message>
        <source>open an organization</source>
        <translation>ouvrir une organisation</translation>
    </message>
    <message>
        <source>find an organization by name</source>
        <translation>trouver une organisation par son nom</translation>
    </message>
    <message>
        <source>create organizations</source>
        <translation>créer des organisations</translation>
    </message>
    <message>
        <source>edit organizations</source>
        <translation>modifier des organisations</translation>
    </message>
    <message>
        <source>delete organizations</source>
        <translation>supprimer des organisations</translation>
    </message>
    <message>
        <source>list an organization&apos;s connections</source>
        <translation>lister les connexions d&apos;une organisation</translation>
    </message>
    <message>
        <source>enable connections</source>
        <translation>activer des connexions</translation>
    </message>
    <message>
        <source>change enabled connections</source>
        <translation>modifier les connexions activées</translation>
    </message>
    <message>
        <source>disable connections</source>
        <translation>désactiver des connexions</translation>
    </message>
    <message>
        <source>list members</source>
        <translation>lister les membres</translation>
    </message>
    <message>
        <source>list members with their roles</source>
        <translation>lister les membres avec leurs rôles</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>ajouter des membres</translation>
    </message>
    <message>
        <source>remove members</source>
        <translation>retirer des membres</translation>
    </message>
    <message>
        <source>list member roles</source>
        <translation>lister les rôles des membres</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>attribuer des rôles</translation>
    </message>
    <message>
        <source>remove roles</source>
        <translation>retirer des rôles</translation>
    </message>
    <message>
        <source>list invitations</source>
        <translation>lister les invitations</translation>
    </message>
    <message>
        <source>invite users</source>
        <translation>inviter des utilisateurs</translation>
    </message>
    <message>
        <source>revoke invitations</source>
        <translation>révoquer des invitations</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>lister les rôles</translation>
    </message>
    <message>
        <source>search users</source>
        <translation>rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>list a user&apos;s organizations</source>
        <translation>lister les organisations d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>list applications</source>
        <translation>lister les applications</translation>
    </message>
    <message>
        <source>list connections</source>
        <translation>lister les connexions</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Displays the version, the Qt version and the keychain in use.</source>
        <translation>Affiche la version, la version de Qt et le trousseau utilisé.</translation>
    </message>
    <message>
        <source>Opens the built-in demo tenant.</source>
        <translation>Ouvre le locataire de démonstration intégré.</translation>
    </message>
    <message>
        <source>Desktop console for Auth0 Organizations.</source>
        <translation>Console de bureau pour les organisations Auth0.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a tenant</source>
        <translation>Connecter un locataire</translation>
    </message>
    <message>
        <source>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</source>
        <translation>Utilisez une application machine à machine autorisée pour l&apos;Auth0 Management API. Son secret client est conservé dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <source>your-tenant.eu.auth0.com</source>
        <translation>votre-locataire.eu.auth0.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;ID client</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>&amp;Secret client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Paste a Management API token instead</source>
        <translation>Coller plutôt un jeton de la Management API</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Audience</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Granted scopes and what they enable</source>
        <translation>Portées accordées et ce qu&apos;elles permettent</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Enables</source>
        <translation>Permet de</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation>Ouvrir le locataire</translation>
    </message>
    <message>
        <source>https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)</source>
        <translation>https://DOMAINE/api/v2/ (laissez vide sauf si vous utilisez un domaine personnalisé)</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>Modifier le locataire</translation>
    </message>
    <message>
        <source>Leave empty to use the secret in your keychain</source>
        <translation>Laissez vide pour utiliser le secret de votre trousseau</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory until OrgConsole closes.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le secret est conservé en mémoire jusqu&apos;à la fermeture d&apos;OrgConsole.</translation>
    </message>
    <message>
        <source>Paste a Management API token.</source>
        <translation>Collez un jeton de la Management API.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client secret.</source>
        <translation>Saisissez le secret client de l&apos;application.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>(not stated by the token)</source>
        <translation>(non indiquées par le jeton)</translation>
    </message>
    <message>
        <source>The tenant decides on each request; refused actions will name the missing scope.</source>
        <translation>Le locataire décide à chaque requête&#xa0;; les actions refusées indiqueront la portée manquante.</translation>
    </message>
    <message>
        <source>not used by OrgConsole</source>
        <translation>non utilisée par OrgConsole</translation>
    </message>
    <message>
        <source>Not granted: cannot %1</source>
        <translation>Non accordée&#xa0;: nécessaire pour %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>Connections the organization&apos;s members can log in with.</source>
        <translation>Connexions que les membres de l&apos;organisation peuvent utiliser pour se connecter.</translation>
    </message>
    <message>
        <source>Enable connection</source>
        <translation>Activer une connexion</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Ticking a box changes the connection on the tenant at once. Signup is for database connections with automatic membership.</source>
        <translation>Cocher une case modifie immédiatement la connexion sur le locataire. L&apos;inscription est réservée aux connexions de base de données avec adhésion automatique.</translation>
    </message>
    <message>
        <source>An organization can have at most %1 connections.</source>
        <translation>Une organisation peut avoir au maximum %1 connexions.</translation>
    </message>
    <message>
        <source>Enable one of the tenant&apos;s connections for this organization</source>
        <translation>Activer l&apos;une des connexions du locataire pour cette organisation</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Chargement des connexions…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 of %2 connections enabled</source>
        <translation>Connexions activées&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Retirer la connexion</translation>
    </message>
    <message>
        <source>Disable the connection &quot;%1&quot; for this organization?</source>
        <translation>Désactiver la connexion «&#xa0;%1&#xa0;» pour cette organisation&#xa0;?</translation>
    </message>
    <message>
        <source>Its users can no longer log in to the organization through it. The connection itself stays in the tenant, and members keep their membership.</source>
        <translation>Ses utilisateurs ne pourront plus se connecter à l&apos;organisation par son biais. La connexion elle-même reste dans le locataire et les membres conservent leur adhésion.</translation>
    </message>
    <message>
        <source>Copy connection ID</source>
        <translation>Copier l&apos;ID de connexion</translation>
    </message>
</context>
<context>
    <name>CreateOrganizationDialog</name>
    <message>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>acme-corp</source>
        <translation>acme-corp</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nom d&apos;&amp;affichage</translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation>Acme SA</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, - and _; used in login URLs.</source>
        <translation>Minuscules, chiffres, - et _&#xa0;; utilisé dans les URL de connexion.</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationDialog</name>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This deletes the organization %1 with its enabled connections, invitations and memberships. Its members&apos; user accounts stay in the tenant. This cannot be undone.</source>
        <translation>Cette action supprime l&apos;organisation %1 avec ses connexions activées, ses invitations et ses adhésions. Les comptes utilisateur de ses membres restent dans le locataire. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Saisissez %1 pour confirmer</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
</context>
<context>
    <name>EnableConnectionDialog</name>
    <message>
        <source>Enable connection</source>
        <translation>Activer la connexion</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Every connection of this tenant is already enabled for the organization.</source>
        <translation>Toutes les connexions de ce locataire sont déjà activées pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Adhésion automatique</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Les utilisateurs qui se connectent via cette connexion deviennent automatiquement membres (Membership On Authentication dans le Dashboard).</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Afficher en bouton</translation>
    </message>
    <message>
        <source>Show the connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Afficher la connexion sous forme de bouton sur la page de connexion de l&apos;organisation (Display connection as a button).</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a connection of this tenant for %1. Its users can then log in to the organization through it (at most %2 connections per organization).</source>
        <translation>Choisissez une connexion de ce locataire pour %1. Ses utilisateurs pourront alors se connecter à l&apos;organisation par son biais (au maximum %2 connexions par organisation).</translation>
    </message>
    <message>
        <source>Could not load the tenant&apos;s connections.</source>
        <translation>Impossible de charger les connexions du locataire.</translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation>Choisissez d&apos;abord une connexion.</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Permettre aux utilisateurs de s&apos;inscrire à l&apos;organisation depuis sa page de connexion (Organization Signup).</translation>
    </message>
    <message>
        <source>Users can sign up to the organization from its login prompt.</source>
        <translation>Les utilisateurs peuvent s&apos;inscrire à l&apos;organisation depuis sa page de connexion.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Auth0 says: %1%2</source>
        <translation>Auth0 indique&#xa0;: %1%2</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>Enter a name for the organization.</source>
        <translation>Saisissez un nom pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>Le nom peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits, hyphens (-) and underscores (_).</source>
        <translation>Utilisez uniquement des lettres minuscules, des chiffres, des traits d&apos;union (-) et des tirets bas (_).</translation>
    </message>
    <message>
        <source>The display name can have at most %1 characters.</source>
        <translation>Le nom d&apos;affichage peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Enter the inviter&apos;s name: it appears in the invitation email.</source>
        <translation>Saisissez le nom de la personne qui invite&#xa0;: il apparaît dans l&apos;e-mail d&apos;invitation.</translation>
    </message>
    <message>
        <source>The inviter&apos;s name can have at most %1 characters.</source>
        <translation>Le nom de la personne qui invite peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The logo URL must be a full https:// address.</source>
        <translation>L&apos;URL du logo doit être une adresse https:// complète.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #RGB or #RRGGBB.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une couleur&#xa0;: utilisez #RGB ou #RRGGBB.</translation>
    </message>
    <message>
        <source>Metadata keys cannot be empty.</source>
        <translation>Les clés de métadonnées ne peuvent pas être vides.</translation>
    </message>
    <message>
        <source>Metadata keys can have at most %1 characters.</source>
        <translation>Les clés de métadonnées peuvent comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Metadata values can have at most %1 characters.</source>
        <translation>Les valeurs de métadonnées peuvent comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s domain, for example example.eu.auth0.com.</source>
        <translation>Saisissez le domaine de votre locataire, par exemple example.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Enter the domain only, without https://.</source>
        <translation>Saisissez uniquement le domaine, sans https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
</context>
<context>
    <name>InvitationLinksDialog</name>
    <message>
        <source>Invitation links</source>
        <translation>Liens d&apos;invitation</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) created. Their links are below; anyone with a link can use it until it expires, so share them only with the invitee.</source>
        <translation>
            <numerusform>%Ln invitation créée. Son lien figure ci-dessous&#xa0;; toute personne qui le possède peut l&apos;utiliser jusqu&apos;à son expiration, ne le partagez donc qu&apos;avec la personne invitée.</numerusform>
            <numerusform>%Ln invitations créées. Leurs liens figurent ci-dessous&#xa0;; toute personne qui possède un lien peut l&apos;utiliser jusqu&apos;à son expiration, ne les partagez donc qu&apos;avec les personnes invitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the invitation link for %1</source>
        <translation>Copier le lien d&apos;invitation de %1</translation>
    </message>
    <message>
        <source>Link for %1 copied</source>
        <translation>Lien de %1 copié</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%Ln lien copié</numerusform>
            <numerusform>%Ln liens copiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Revoke invitation</source>
        <translation>Révoquer l&apos;invitation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Expiration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Any connection of the organization</source>
        <translation>N&apos;importe quelle connexion de l&apos;organisation</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>InvitationStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>Filter invitations</source>
        <translation>Filtrer les invitations</translation>
    </message>
    <message>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Révoquer les invitations</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 sur %L2 terminés</translation>
    </message>
    <message>
        <source>Invite people by email to join this organization</source>
        <translation>Inviter des personnes par e-mail à rejoindre cette organisation</translation>
    </message>
    <message>
        <source>Send the selected invitations again with the same settings; the old ones are then revoked</source>
        <translation>Renvoyer les invitations sélectionnées avec les mêmes paramètres&#xa0;; les anciennes sont alors révoquées</translation>
    </message>
    <message>
        <source>Revoke the selected invitations (Delete)</source>
        <translation>Révoquer les invitations sélectionnées (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) loaded so far…</source>
        <translation>
            <numerusform>%Ln invitation chargée pour l&apos;instant…</numerusform>
            <numerusform>%Ln invitations chargées pour l&apos;instant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%Ln invitation</numerusform>
            <numerusform>%Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 expiring soon</source>
        <translation> · %L1 expirant bientôt</translation>
    </message>
    <message>
        <source> · %1 expired</source>
        <translation> · %L1 ayant expiré</translation>
    </message>
    <message>
        <source>%1 of %2 invitations match</source>
        <translation>Invitations correspondantes&#xa0;: %L1 sur %L2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Renvoyer l&apos;invitation</translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) again? Each invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</source>
        <translation>
            <numerusform>Renvoyer %Ln invitation&#xa0;? La personne invitée reçoit une nouvelle invitation avec les mêmes paramètres&#xa0;; l&apos;ancienne est révoquée dès que la nouvelle existe.</numerusform>
            <numerusform>Renvoyer %Ln invitations&#xa0;? Chaque personne invitée reçoit une nouvelle invitation avec les mêmes paramètres&#xa0;; l&apos;ancienne est révoquée dès que la nouvelle existe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Révoquer l&apos;invitation</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working; you can invite the same people again later.</source>
        <translation>
            <numerusform>Révoquer %Ln invitation&#xa0;? Son lien cessera de fonctionner&#xa0;; vous pourrez inviter de nouveau la même personne plus tard.</numerusform>
            <numerusform>Révoquer %Ln invitations&#xa0;? Leurs liens cesseront de fonctionner&#xa0;; vous pourrez inviter de nouveau les mêmes personnes plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) copied</source>
        <translation>
            <numerusform>%Ln lien d&apos;invitation copié</numerusform>
            <numerusform>%Ln liens d&apos;invitation copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Copier le lien d&apos;invitation</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (cancelled): %n invitation(s)</source>
        <translation>
            <numerusform>Non envoyé (annulé)&#xa0;: %Ln invitation</numerusform>
            <numerusform>Non envoyé (annulé)&#xa0;: %Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it yourself.</source>
        <translation>%1&#xa0;: la nouvelle invitation a été envoyée, mais l&apos;ancienne n&apos;a pas pu être révoquée (%2). Révoquez-la vous-même.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be revoked:</source>
        <translation>
            <numerusform>%Ln invitation n&apos;a pas pu être révoquée&#xa0;:</numerusform>
            <numerusform>%Ln invitations n&apos;ont pas pu être révoquées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be resent:</source>
        <translation>
            <numerusform>%Ln invitation n&apos;a pas pu être renvoyée&#xa0;:</numerusform>
            <numerusform>%Ln invitations n&apos;ont pas pu être renvoyées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <source>Each address gets its own invitation, with a link to join this organization through the application.</source>
        <translation>Chaque adresse reçoit sa propre invitation, avec un lien pour rejoindre cette organisation via l&apos;application.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>alex@example.com, sam@example.com (separated by commas, spaces or new lines)</source>
        <translation>alex@example.com, sam@example.com (séparées par des virgules, des espaces ou des retours à la ligne)</translation>
    </message>
    <message>
        <source>Separate addresses with commas, spaces or new lines.</source>
        <translation>Séparez les adresses par des virgules, des espaces ou des retours à la ligne.</translation>
    </message>
    <message>
        <source>Inviter name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Shown in the invitation email</source>
        <translation>Affiché dans l&apos;e-mail d&apos;invitation</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Filtrer les rôles par nom</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Expire après</translation>
    </message>
    <message>
        <source>Send invitation email</source>
        <translation>Envoyer l&apos;e-mail d&apos;invitation</translation>
    </message>
    <message>
        <source>App metadata</source>
        <translation>Métadonnées d&apos;application</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>Objet JSON facultatif, p. ex. {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation>Métadonnées utilisateur</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;team&quot;: &quot;design&quot;}</source>
        <translation>Objet JSON facultatif, p. ex. {&quot;team&quot;: &quot;design&quot;}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Envoyer les invitations</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>checking whether the earlier attempt arrived…</source>
        <translation>vérification de la réception de l&apos;envoi précédent…</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>not sent. %1</source>
        <translation>non envoyée. %1</translation>
    </message>
    <message>
        <source>not known whether it was sent. %1
Sending again checks the tenant first, so nobody is invited twice.</source>
        <translation>envoi incertain. %1
Un nouvel envoi vérifie d&apos;abord le locataire, personne n&apos;est donc invité deux fois.</translation>
    </message>
    <message>
        <source>The application whose login page the invitation link opens</source>
        <translation>L&apos;application dont le lien d&apos;invitation ouvre la page de connexion</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Chargement des applications…</translation>
    </message>
    <message>
        <source>No application can take invitations</source>
        <translation>Aucune application n&apos;accepte les invitations</translation>
    </message>
    <message>
        <source>None: the invitee picks how to sign up</source>
        <translation>Aucune&#xa0;: la personne invitée choisit comment s&apos;inscrire</translation>
    </message>
    <message>
        <source>Optional: the connection the invitee must use</source>
        <translation>Facultatif&#xa0;: la connexion que la personne invitée doit utiliser</translation>
    </message>
    <message>
        <source>Roles the invitee gets in this organization</source>
        <translation>Rôles que la personne invitée reçoit dans cette organisation</translation>
    </message>
    <message>
        <source>day (until %1)</source>
        <translation>jour (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>days (until %1)</source>
        <translation>jours (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Saisissez au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose the application whose login page the invitation link opens.</source>
        <translation>Choisissez l&apos;application dont le lien d&apos;invitation ouvre la page de connexion.</translation>
    </message>
    <message>
        <source>Choose at most %1 roles.</source>
        <translation>Choisissez au maximum %1 rôles.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>Invitations envoyées&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>%1 of %2 invitations did not go out; see above. Fix what is wrong and choose Send invitations again: those already sent are not sent twice.</source>
        <translation>Invitations non envoyées&#xa0;: %L1 sur %L2 (voir ci-dessus). Corrigez le problème et choisissez de nouveau «&#xa0;Envoyer les invitations&#xa0;»&#xa0;: celles déjà envoyées ne le seront pas deux fois.</translation>
    </message>
</context>
<context>
    <name>JsonObjectInput</name>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un JSON valide&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object in braces, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet JSON entre accolades, comme {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d&apos;une minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %Ln minute</numerusform>
            <numerusform>dans %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %Ln minute</numerusform>
            <numerusform>il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %Ln heure</numerusform>
            <numerusform>dans %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dans %Ln mois</numerusform>
            <numerusform>dans %Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %Ln mois</numerusform>
            <numerusform>il y a %Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dans %Ln an</numerusform>
            <numerusform>dans %Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %Ln an</numerusform>
            <numerusform>il y a %Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A moment and how far it is from now, e.g. &quot;21/11/2026 14:05 (in 3 days)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LogoPreview</name>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>No preview: the address is not a full https:// URL.</source>
        <translation>Pas d&apos;aperçu&#xa0;: l&apos;adresse n&apos;est pas une URL https:// complète.</translation>
    </message>
    <message>
        <source>Loading the logo…</source>
        <translation>Chargement du logo…</translation>
    </message>
    <message>
        <source>Could not load the logo: it is larger than 2 MB.</source>
        <translation>Impossible de charger le logo&#xa0;: il dépasse 2 Mo.</translation>
    </message>
    <message>
        <source>Could not load the logo: the request was cancelled.</source>
        <translation>Impossible de charger le logo&#xa0;: la requête a été annulée.</translation>
    </message>
    <message>
        <source>Could not load the logo: %1</source>
        <translation>Impossible de charger le logo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the logo: the address did not return an image.</source>
        <translation>Impossible de charger le logo&#xa0;: l&apos;adresse n&apos;a pas renvoyé d&apos;image.</translation>
    </message>
    <message>
        <source>Logo loaded (%1 × %2)</source>
        <translation>Logo chargé (%1 × %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrgConsole</source>
        <translation>OrgConsole</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Connect a tenant…</source>
        <translation>Connecter un locataire…</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Ouvrir le locataire de démonstration</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About OrgConsole</source>
        <translation>À &amp;propos d&apos;OrgConsole</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Limite de débit&#xa0;: %L1 sur %L2 restants</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Aucun locataire</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>%1 (%2) — OrgConsole</source>
        <translation>%1 (%2) — OrgConsole</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Switch tenant</source>
        <translation>&amp;Changer de locataire</translation>
    </message>
    <message>
        <source>Manage tenants…</source>
        <translation>Gérer les locataires…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>(not shown)</source>
        <translation>(non affiché)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Roles need the read:organization_member_roles scope.</source>
        <translation>Les rôles nécessitent la portée read:organization_member_roles.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>MemberPickModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MemberRolesDialog</name>
    <message>
        <source>Member roles</source>
        <translation>Rôles du membre</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 in this organization?</source>
        <translation>Retirer le rôle «&#xa0;%1&#xa0;» de %2 dans cette organisation&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Retirer des membres</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 sur %L2 terminés</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members</source>
        <translation>Ajouter des utilisateurs existants de ce locataire comme membres</translation>
    </message>
    <message>
        <source>Assign roles to the selected members</source>
        <translation>Attribuer des rôles aux membres sélectionnés</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Retirer les membres sélectionnés (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln membre, la suite en défilant</numerusform>
            <numerusform>%Ln membres, la suite en défilant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded members match</source>
        <translation>%L1 membres chargés sur %L2 correspondent</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from this organization? Their user accounts stay in the tenant.</source>
        <translation>
            <numerusform>Retirer %Ln membre de cette organisation&#xa0;? Son compte utilisateur reste dans le locataire.</numerusform>
            <numerusform>Retirer %Ln membres de cette organisation&#xa0;? Leurs comptes utilisateur restent dans le locataire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rôles…</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copier l&apos;ID utilisateur</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>Non envoyé (annulé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not go through:</source>
        <translation>
            <numerusform>%Ln modification n&apos;a pas abouti&#xa0;:</numerusform>
            <numerusform>%Ln modifications n&apos;ont pas abouti&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, loading the rest…</source>
        <translation>
            <numerusform>%Ln membre chargé, chargement de la suite…</numerusform>
            <numerusform>%Ln membres chargés, chargement de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded (not all); sorted among these</source>
        <translation>
            <numerusform>%Ln membre chargé (liste partielle)&#xa0;; tri limité à celui-ci</numerusform>
            <numerusform>%Ln membres chargés (liste partielle)&#xa0;; tri limité à ceux-ci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDelegate</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 autorise au maximum %1 clés de métadonnées.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used in row %2.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est déjà utilisée à la ligne %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>OrgConnectionListModel</name>
    <message>
        <source>Could not load the organization&apos;s connections.</source>
        <translation>Impossible de charger les connexions de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Signup is available only for database connections.</source>
        <translation>L&apos;inscription n&apos;est disponible que pour les connexions de base de données.</translation>
    </message>
    <message>
        <source>Turn on automatic membership first: Auth0 allows signup only with it.</source>
        <translation>Activez d&apos;abord l&apos;adhésion automatique&#xa0;: Auth0 n&apos;autorise l&apos;inscription qu&apos;avec elle.</translation>
    </message>
    <message>
        <source>Could not turn on automatic membership for &quot;%1&quot;.</source>
        <translation>Impossible d&apos;activer l&apos;adhésion automatique pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not turn off automatic membership for &quot;%1&quot;.</source>
        <translation>Impossible de désactiver l&apos;adhésion automatique pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not show &quot;%1&quot; as a button.</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;» sous forme de bouton.</translation>
    </message>
    <message>
        <source>Could not stop showing &quot;%1&quot; as a button.</source>
        <translation>Impossible de ne plus afficher «&#xa0;%1&#xa0;» sous forme de bouton.</translation>
    </message>
    <message>
        <source>Could not turn on signup for &quot;%1&quot;.</source>
        <translation>Impossible d&apos;activer l&apos;inscription pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not turn off signup for &quot;%1&quot;.</source>
        <translation>Impossible de désactiver l&apos;inscription pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not enable &quot;%1&quot;.</source>
        <translation>Impossible d&apos;activer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the organization.</source>
        <translation>Impossible de retirer «&#xa0;%1&#xa0;» de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Les utilisateurs qui se connectent via cette connexion deviennent automatiquement membres (Membership On Authentication dans le Dashboard).</translation>
    </message>
    <message>
        <source>Show this connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Afficher cette connexion sous forme de bouton sur la page de connexion de l&apos;organisation (Display connection as a button).</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Permettre aux utilisateurs de s&apos;inscrire à l&apos;organisation depuis sa page de connexion (Organization Signup).</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Retirer la connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Adhésion automatique</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Afficher en bouton</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Membership On Authentication: users of this connection join automatically</source>
        <translation>Membership On Authentication&#xa0;: les utilisateurs de cette connexion deviennent membres automatiquement</translation>
    </message>
    <message>
        <source>Display connection as a button on the organization&apos;s login prompt</source>
        <translation>Afficher la connexion sous forme de bouton sur la page de connexion de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organization Signup: database connections with automatic membership only</source>
        <translation>Organization Signup&#xa0;: connexions de base de données avec adhésion automatique uniquement</translation>
    </message>
</context>
<context>
    <name>OrganizationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
</context>
<context>
    <name>OrganizationPatch</name>
    <message>
        <source>Enter a display name: Auth0 cannot clear it once it is set.</source>
        <translation>Saisissez un nom d&apos;affichage&#xa0;: Auth0 ne peut pas l&apos;effacer une fois qu&apos;il est défini.</translation>
    </message>
    <message>
        <source>Set both colours or neither: Auth0 stores the primary and page background colours together.</source>
        <translation>Définissez les deux couleurs ou aucune&#xa0;: Auth0 enregistre ensemble la couleur principale et la couleur de fond de page.</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>Select an organization on the left, or create one.</source>
        <translation>Sélectionnez une organisation à gauche ou créez-en une.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>OrganizationsPane</name>
    <message>
        <source>&lt;b&gt;Organizations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Organisations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create a new organization in this tenant</source>
        <translation>Créer une organisation dans ce locataire</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln organisation, la suite en défilant</numerusform>
            <numerusform>%Ln organisations, la suite en défilant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 sur %L2 affichées</translation>
    </message>
</context>
<context>
    <name>PickMembersDialog</name>
    <message>
        <source>Assign to members</source>
        <translation>Attribuer à des membres</translation>
    </message>
    <message>
        <source>Filter by name, email or user ID</source>
        <translation>Filtrer par nom, e-mail ou ID utilisateur</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Sélectionner les membres affichés</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add role to member(s)</source>
        <translation>Attribuer le rôle</translation>
    </message>
    <message>
        <source>Assign %1 to members</source>
        <translation>Attribuer %1 à des membres</translation>
    </message>
    <message>
        <source>Choose the members of this organization who should hold the role &lt;b&gt;%1&lt;/b&gt;. Members who already hold it are not listed.</source>
        <translation>Choisissez les membres de cette organisation qui doivent détenir le rôle &lt;b&gt;%1&lt;/b&gt;. Les membres qui le détiennent déjà ne sont pas listés.</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>Every member of this organization already holds %1.</source>
        <translation>Tous les membres de cette organisation détiennent déjà %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) selected</source>
        <translation>
            <numerusform>%Ln membre sélectionné</numerusform>
            <numerusform>%Ln membres sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 sur %L2 affichés</translation>
    </message>
    <message numerus="yes">
        <source>Add role to %n member(s)</source>
        <translation>
            <numerusform>Attribuer le rôle à %Ln membre</numerusform>
            <numerusform>Attribuer le rôle à %Ln membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language and formats</source>
        <translation>Langue et formats</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Nombres et dates</translation>
    </message>
    <message>
        <source>OrgConsole switches to the new language the next time it starts.</source>
        <translation>OrgConsole passera à la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>RoleChangeText</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>Attribution de %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n member(s).</source>
        <translation>
            <numerusform>Rôle %1 attribué à %Ln membre.</numerusform>
            <numerusform>Rôle %1 attribué à %Ln membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n member(s).</source>
        <translation>
            <numerusform>Rôle %1 retiré de %Ln membre.</numerusform>
            <numerusform>Rôle %1 retiré de %Ln membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the role %1 from %n member(s)? They stay members of this organization.</source>
        <translation>
            <numerusform>Retirer le rôle %1 de %Ln membre&#xa0;? Il reste membre de cette organisation.</numerusform>
            <numerusform>Retirer le rôle %1 de %Ln membres&#xa0;? Ils restent membres de cette organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>Non envoyé (annulé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 member(s) did not change; the other %4 are done and will not be sent again.</source>
        <translation>%1&#xa0;: %L2 membre(s) sur %L3 non traité(s)&#xa0;; le reste (%L4) est traité et ne sera pas renvoyé.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleHoldersModel</name>
    <message>
        <source>Remove %1 from this member</source>
        <translation>Retirer %1 de ce membre</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
</context>
<context>
    <name>RoleHoldersText</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%Ln titulaire</numerusform>
            <numerusform>%Ln titulaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 holders match</source>
        <translation>Titulaires correspondants&#xa0;: %L1 sur %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the organization</source>
        <translation>
            <numerusform>%Ln membre dans l&apos;organisation</numerusform>
            <numerusform>%Ln membres dans l&apos;organisation</numerusform>
        </translation>
    </message>
    <message>
        <source>among the first %L1 of %L2 members</source>
        <translation>parmi les %L1 premiers membres sur %L2</translation>
    </message>
    <message>
        <source>among the first %L1 members</source>
        <translation>parmi les %L1 premiers membres</translation>
    </message>
    <message>
        <source>Select a role to see who in this organization holds it.</source>
        <translation>Sélectionnez un rôle pour voir qui le détient dans cette organisation.</translation>
    </message>
    <message>
        <source>Looking for members who hold %1…</source>
        <translation>Recherche des membres qui détiennent %1…</translation>
    </message>
    <message>
        <source>The members of this organization could not be loaded. Press F5 to try again.</source>
        <translation>Les membres de cette organisation n&apos;ont pas pu être chargés. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>None of the %L1 members loaded so far holds %2. Press F5 to load all of them.</source>
        <translation>Aucun des %L1 membres chargés jusqu&apos;ici ne détient %2. Appuyez sur F5 pour les charger tous.</translation>
    </message>
    <message>
        <source>No member of this organization holds %1. Use “Assign to members…” to give it to some.</source>
        <translation>Aucun membre de cette organisation ne détient %1. Utilisez «&#xa0;Attribuer à des membres…&#xa0;» pour l&apos;attribuer.</translation>
    </message>
</context>
<context>
    <name>RoleListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name</source>
        <translation>Filtrer les rôles par nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Copy role ID</source>
        <translation>Copier l&apos;ID du rôle</translation>
    </message>
    <message>
        <source>Copy role name</source>
        <translation>Copier le nom du rôle</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Chargement des rôles…</translation>
    </message>
    <message>
        <source>%1 of %2 roles match</source>
        <translation>Rôles correspondants&#xa0;: %L1 sur %L2</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%Ln rôle</numerusform>
            <numerusform>%Ln rôles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Filter holders</source>
        <translation>Filtrer les titulaires</translation>
    </message>
    <message>
        <source>Assign to members…</source>
        <translation>Attribuer à des membres…</translation>
    </message>
    <message>
        <source>Remove from selected</source>
        <translation>Retirer aux membres sélectionnés</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Loading members… %L1 of %L2</source>
        <translation>Chargement des membres… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Loading members… %L1</source>
        <translation>Chargement des membres… %L1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1&#xa0;: %L2 sur %L3 terminés</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Assign to members</source>
        <translation>Attribuer à des membres</translation>
    </message>
    <message>
        <source>This organization has no members yet. Add members in the Members tab first.</source>
        <translation>Cette organisation n&apos;a pas encore de membres. Ajoutez d&apos;abord des membres dans l&apos;onglet Membres.</translation>
    </message>
    <message>
        <source>Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.</source>
        <translation>Seuls les %L1 membres chargés jusqu&apos;ici sont listés&#xa0;; appuyez sur F5 dans l&apos;onglet Rôles pour les charger tous.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n member(s)</source>
        <translation>
            <numerusform>Réessayer pour %Ln membre</numerusform>
            <numerusform>Réessayer pour %Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copier l&apos;ID utilisateur</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copier l&apos;e-mail</translation>
    </message>
    <message>
        <source>Wait until the change in progress is done.</source>
        <translation>Attendez la fin de la modification en cours.</translation>
    </message>
    <message>
        <source>Wait until the members are loaded, or cancel loading.</source>
        <translation>Attendez que les membres soient chargés ou annulez le chargement.</translation>
    </message>
    <message>
        <source>Give %1 to members of this organization who do not hold it yet</source>
        <translation>Attribuer %1 aux membres de cette organisation qui ne le détiennent pas encore</translation>
    </message>
    <message>
        <source>Remove %1 from the selected members (Delete)</source>
        <translation>Retirer %1 des membres sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Select the members to take %1 from</source>
        <translation>Sélectionnez les membres auxquels retirer %1</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nom d&apos;&amp;affichage</translation>
    </message>
    <message>
        <source>Shown to users on the login prompt</source>
        <translation>Affiché aux utilisateurs sur la page de connexion</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Image de marque</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>URL du &amp;logo</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Primary colour</source>
        <translation>Couleur &amp;principale</translation>
    </message>
    <message>
        <source>#0059d6</source>
        <translation>#0059d6</translation>
    </message>
    <message>
        <source>Page &amp;background colour</source>
        <translation>Couleur de &amp;fond de page</translation>
    </message>
    <message>
        <source>#ffffff</source>
        <translation>#ffffff</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zone de danger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete this organization&lt;/b&gt;&lt;br&gt;Its connections, invitations and memberships go with it; users stay in the tenant. This cannot be undone.</source>
        <translation>&lt;b&gt;Supprimer cette organisation&lt;/b&gt;&lt;br&gt;Ses connexions, invitations et adhésions disparaissent avec elle&#xa0;; les utilisateurs restent dans le locataire. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL du logo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Page background colour</source>
        <translation>Couleur de fond de page</translation>
    </message>
    <message>
        <source>Pick primary colour</source>
        <translation>Choisir la couleur principale</translation>
    </message>
    <message>
        <source>Pick page background colour</source>
        <translation>Choisir la couleur de fond de page</translation>
    </message>
    <message>
        <source>Up to %1 keys. Keys and values are text of at most %2 characters.</source>
        <translation>Jusqu&apos;à %1 clés. Les clés et les valeurs sont du texte de %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Load the organization&apos;s settings again and discard your unsaved changes?</source>
        <translation>Recharger les paramètres de l&apos;organisation et abandonner vos modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>Clés&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Add a key and value</source>
        <translation>Ajouter une clé et une valeur</translation>
    </message>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 autorise au maximum %1 clés de métadonnées.</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrigez d&apos;abord ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send the changes to the tenant (Ctrl+S)</source>
        <translation>Envoyer les modifications au locataire (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put back what the tenant holds</source>
        <translation>Rétablir les valeurs enregistrées sur le locataire</translation>
    </message>
    <message>
        <source>Delete this organization from the tenant</source>
        <translation>Supprimer cette organisation du locataire</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Rien n&apos;a été envoyé. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The changes were not saved; they are still here.</source>
        <translation>Les modifications n&apos;ont pas été enregistrées&#xa0;; elles sont toujours là.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>The organization was not deleted.</source>
        <translation>L&apos;organisation n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to this organization&apos;s settings?</source>
        <translation>Abandonner les modifications non enregistrées des paramètres de cette organisation&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the tenant domain, for example acme.eu.auth0.com.</source>
        <translation>Saisissez le domaine du locataire, par exemple acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant domain; enter one like acme.eu.auth0.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine de locataire&#xa0;; saisissez-en un comme acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The audience must be an https address such as https://acme.eu.auth0.com/api/v2/.</source>
        <translation>L&apos;audience doit être une adresse https, comme https://acme.eu.auth0.com/api/v2/.</translation>
    </message>
</context>
<context>
    <name>TenantProfilesDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>The tenants OrgConsole knows. Removing a tenant also deletes its client secret and cached token from your keychain.</source>
        <translation>Les locataires connus d&apos;OrgConsole. Retirer un locataire supprime aussi son secret client et son jeton en cache de votre trousseau.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Switch to tenant</source>
        <translation>Passer à ce locataire</translation>
    </message>
    <message>
        <source>Add tenant…</source>
        <translation>Ajouter un locataire…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Retirer le locataire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert actuellement</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot; (%2)? Its client secret and cached token are deleted from your keychain. The tenant itself is not changed.</source>
        <translation>Retirer le locataire «&#xa0;%1&#xa0;» (%2)&#xa0;? Son secret client et son jeton en cache sont supprimés de votre trousseau. Le locataire lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>It is open now and will be closed.</source>
        <translation>Il est actuellement ouvert et sera fermé.</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>OrgConsole only talks to a tenant over HTTPS.</source>
        <translation>OrgConsole ne communique avec un locataire qu&apos;en HTTPS.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to OrgConsole</source>
        <translation>Bienvenue dans OrgConsole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to OrgConsole&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans OrgConsole&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the members, invitations and roles of your Auth0 organizations. Start with the built-in demo tenant, or connect one of your own tenants with a machine-to-machine application.</source>
        <translation>Gérez les membres, les invitations et les rôles de vos organisations Auth0. Commencez avec le locataire de démonstration intégré, ou connectez l&apos;un de vos locataires avec une application machine à machine.</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Essayer le locataire de démonstration</translation>
    </message>
    <message>
        <source>A local sandbox tenant with sample organizations, members and roles. Nothing leaves this computer.</source>
        <translation>Un locataire bac à sable local avec des exemples d&apos;organisations, de membres et de rôles. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Connect a tenant</source>
        <translation>Connecter un locataire</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain and a machine-to-machine application&apos;s client ID and secret.</source>
        <translation>Utilisez le domaine de votre locataire ainsi que l&apos;ID client et le secret d&apos;une application machine à machine.</translation>
    </message>
</context>
</TS>
