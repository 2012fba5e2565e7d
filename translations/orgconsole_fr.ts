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
        <translation type="unfinished">Connecter un locataire</translation>
    </message>
    <message>
        <source>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Nom</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your-tenant.eu.auth0.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Management API token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes and what they enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the secret in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory until OrgConsole closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Management API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application&apos;s client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated by the token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant decides on each request; refused actions will name the missing scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by OrgConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted: cannot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>Connections the organization&apos;s members can log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking a box changes the connection on the tenant at once. Signup is for database connections with automatic membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization can have at most %1 connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable one of the tenant&apos;s connections for this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connections enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the connection &quot;%1&quot; for this organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its users can no longer log in to the organization through it. The connection itself stays in the tenant, and members keep their membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy connection ID</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationDialog</name>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>This deletes the organization %1 with its enabled connections, invitations and memberships. Its members&apos; user accounts stay in the tenant. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection of this tenant is already enabled for the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Choose a connection of this tenant for %1. Its users can then log in to the organization through it (at most %2 connections per organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the tenant&apos;s connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can sign up to the organization from its login prompt.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) created. Their links are below; anyone with a link can use it until it expires, so share them only with the invitee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the invitation link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link for %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any connection of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rôles</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>Filter invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished">%L1 sur %L2 terminés</translation>
    </message>
    <message>
        <source>Invite people by email to join this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected invitations again with the same settings; the old ones are then revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected invitations (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) loaded so far…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 invitations match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) again? Each invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working; you can invite the same people again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent (cancelled): %n invitation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be revoked:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be resent:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each address gets its own invitation, with a link to join this organization through the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alex@example.com, sam@example.com (separated by commas, spaces or new lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate addresses with commas, spaces or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the invitation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rôles</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation type="unfinished">Filtrer les rôles par nom</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;team&quot;: &quot;design&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking whether the earlier attempt arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known whether it was sent. %1
Sending again checks the tenant first, so nobody is invited twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application whose login page the invitation link opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application can take invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the invitee picks how to sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the connection the invitee must use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles the invitee gets in this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application whose login page the invitation link opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most %1 roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 invitations did not go out; see above. Fix what is wrong and choose Send invitations again: those already sent are not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectInput</name>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object in braces, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the address is not a full https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the logo: it is larger than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the logo: the request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the logo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the logo: the address did not return an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo loaded (%1 × %2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
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
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded (not all); sorted among these</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDelegate</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgConnectionListModel</name>
    <message>
        <source>Could not load the organization&apos;s connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup is available only for database connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic membership first: Auth0 allows signup only with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on automatic membership for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn off automatic membership for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show &quot;%1&quot; as a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop showing &quot;%1&quot; as a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on signup for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn off signup for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not enable &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership On Authentication: users of this connection join automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display connection as a button on the organization&apos;s login prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Signup: database connections with automatic membership only</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both colours or neither: Auth0 stores the primary and page background colours together.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, email or user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Membres</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Add role to member(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the members of this organization who should hold the role &lt;b&gt;%1&lt;/b&gt;. Members who already hold it are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished">Filtrer les membres</translation>
    </message>
    <message>
        <source>Every member of this organization already holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished">%L1 sur %L2 affichées</translation>
    </message>
    <message numerus="yes">
        <source>Add role to %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>RelativeTime</name>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %Ln minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %Ln hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %Ln days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %Ln months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %Ln years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished">dans moins d&apos;une minute</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChangeText</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the role %1 from %n member(s)? They stay members of this organization.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation type="unfinished">Non envoyé (annulé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 member(s) did not change; the other %4 are done and will not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleHoldersModel</name>
    <message>
        <source>Remove %1 from this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished">Retirer le rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished">ID utilisateur</translation>
    </message>
</context>
<context>
    <name>RoleHoldersText</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 holders match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the organization</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>among the first %L1 of %L2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among the first %L1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role to see who in this organization holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for members who hold %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of this organization could not be loaded. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %L1 members loaded so far holds %2. Press F5 to load all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of this organization holds %1. Use “Assign to members…” to give it to some.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleListModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name</source>
        <translation type="unfinished">Filtrer les rôles par nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rôles</translation>
    </message>
    <message>
        <source>Copy role ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 roles match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Filter holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members… %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members… %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Rôles</translation>
    </message>
    <message>
        <source>Assign to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no members yet. Add members in the Members tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished">Retirer le rôle</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation type="unfinished">Copier l&apos;ID utilisateur</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the change in progress is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the members are loaded, or cancel loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 to members of this organization who do not hold it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the selected members (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the members to take %1 from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished">Nom d&apos;&amp;affichage</translation>
    </message>
    <message>
        <source>Shown to users on the login prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#0059d6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#ffffff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete this organization&lt;/b&gt;&lt;br&gt;Its connections, invitations and memberships go with it; users stay in the tenant. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished">Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick page background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 keys. Keys and values are text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the organization&apos;s settings again and discard your unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes to the tenant (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what the tenant holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this organization from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved; they are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization was not deleted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants OrgConsole knows. Removing a tenant also deletes its client secret and cached token from your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot; (%2)? Its client secret and cached token are deleted from your keychain. The tenant itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is open now and will be closed.</source>
        <translation type="unfinished"></translation>
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
