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
    <message>
        <source>Connect a tenant</source>
        <translation>Connecter un locataire</translation>
    </message>
    <message>
        <source>Connecting your own tenant is done from the Connect dialog.</source>
        <translation>La connexion de votre propre locataire se fait depuis la boîte de dialogue «&#xa0;Connecter&#xa0;».</translation>
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
        <source>Lowercase letters, digits, hyphens and underscores; used in login URLs.</source>
        <translation>Lettres minuscules, chiffres, traits d&apos;union et tirets bas&#xa0;; utilisé dans les URL de connexion.</translation>
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
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
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
        <source>Tenant profiles…</source>
        <translation>Profils de locataire…</translation>
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
