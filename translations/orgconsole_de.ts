<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OrgConsole</source>
        <translation>Über OrgConsole</translation>
    </message>
    <message>
        <source>A desktop console for Auth0 Organizations.</source>
        <translation>Eine Desktop-Konsole für Organisationen in Auth0.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copies the version, Qt, keychain and system lines for a bug report.</source>
        <translation>Kopiert Version, Qt, Schlüsselbund und System für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Lizenzen Dritter</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>OrgConsole uses the Qt libraries under the GNU Lesser General Public License version 3 (LGPLv3). Qt is Copyright (C) The Qt Company Ltd. and other contributors. You may replace the Qt libraries OrgConsole uses with your own build; Qt&apos;s source code is available from %1.</source>
        <translation>OrgConsole verwendet die Qt-Bibliotheken unter der GNU Lesser General Public License Version 3 (LGPLv3). Qt ist Copyright (C) The Qt Company Ltd. und weitere Mitwirkende. Sie können die von OrgConsole verwendeten Qt-Bibliotheken durch eigene Builds ersetzen; der Quellcode von Qt ist unter %1 erhältlich.</translation>
    </message>
    <message>
        <source>GNU LGPLv3 license text</source>
        <translation>Lizenztext der GNU LGPLv3</translation>
    </message>
    <message>
        <source>Qt&apos;s LGPL obligations</source>
        <translation>Pflichten aus der LGPL für Qt</translation>
    </message>
    <message>
        <source>OrgConsole keeps secrets in the system keychain through QtKeychain, used under the BSD 3-Clause License:</source>
        <translation>OrgConsole bewahrt Geheimnisse über QtKeychain im Schlüsselbund des Systems auf; QtKeychain wird unter der BSD-3-Clause-Lizenz verwendet:</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add users</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members. To add people who do not have an account yet, invite them instead.</source>
        <translation>Fügen Sie vorhandene Benutzer dieses Tenants als Mitglieder hinzu. Personen, die noch kein Konto haben, laden Sie stattdessen ein.</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Benutzer nach E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Liste einfügen</translation>
    </message>
    <message>
        <source>Paste email addresses or user IDs, separated by commas, spaces or new lines.</source>
        <translation>Fügen Sie E-Mail-Adressen oder Benutzer-IDs ein, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Email addresses or user IDs</source>
        <translation>E-Mail-Adressen oder Benutzer-IDs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add user(s) to organization</source>
        <translation>Benutzer zur Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%Ln Benutzer gefunden</numerusform>
            <numerusform>%Ln Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%Ln Benutzer ausgewählt</numerusform>
            <numerusform>%Ln Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No user has these email addresses; invite them instead: %1</source>
        <translation>Kein Benutzer hat diese E-Mail-Adressen; laden Sie sie stattdessen ein: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the tenant (%1).</source>
        <translation>Der Tenant ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The tenant did not answer in time.</source>
        <translation>Der Tenant hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so nothing was sent (%1).</source>
        <translation>Das Zertifikat des Tenants konnte nicht überprüft werden, daher wurde nichts gesendet (%1).</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Tenants konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The tenant did not accept the token (%1). Sign in again.</source>
        <translation>Der Tenant hat das Token nicht akzeptiert (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token is not allowed to do this (%1).</source>
        <translation>Das Token ist dazu nicht berechtigt (%1).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope needed for this. Grant it to the application in the Auth0 Dashboard, then sign in again.</source>
        <translation>Dem Token fehlt der dafür nötige Scope %1. Erteilen Sie ihn der Anwendung im Auth0 Dashboard und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was reached and did not clear in time. Try again in a minute.</source>
        <translation>Das Ratenlimit des Tenants wurde erreicht und nicht rechtzeitig wieder frei. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The tenant had a problem (HTTP %1). Try again later.</source>
        <translation>Beim Tenant ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation>Der Tenant hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>It is not known whether the change was made: the answer was lost. Check the current state before trying again.</source>
        <translation>Ob die Änderung ausgeführt wurde, ist unbekannt: Die Antwort ging verloren. Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Tenant</translation>
    </message>
    <message>
        <source>The demo tenant could not be started.</source>
        <translation>Der Demo-Tenant konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Rollen nach Namen filtern</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add role(s) to organization</source>
        <translation>Rollen zur Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Choose the roles to assign to %1 in this organization.</source>
        <translation>Wählen Sie die Rollen, die %1 in dieser Organisation erhalten soll.</translation>
    </message>
    <message>
        <source>%1 (already assigned)</source>
        <translation>%1 (bereits zugewiesen)</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) selected</source>
        <translation>
            <numerusform>%Ln Rolle ausgewählt</numerusform>
            <numerusform>%Ln Rollen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory until OrgConsole quits and will have to be entered again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Geheimnisse bleiben nur im Arbeitsspeicher, bis OrgConsole beendet wird, und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>AuthFailure</name>
    <message>
        <source>Enter the client secret for this tenant profile to sign in.</source>
        <translation>Geben Sie das Client-Secret für dieses Tenant-Profil ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The tenant rejected the client ID or client secret. Check both in the profile.</source>
        <translation>Der Tenant hat die Client-ID oder das Client-Secret abgelehnt. Prüfen Sie beides im Profil.</translation>
    </message>
    <message>
        <source>The application is not authorized for the Management API of this tenant (%1). Check its grant and the profile&apos;s audience.</source>
        <translation>Die Anwendung ist für die Management API dieses Tenants nicht autorisiert (%1). Prüfen Sie ihre Berechtigung (Grant) und die Audience des Profils.</translation>
    </message>
    <message>
        <source>The pasted token expired on %1. Copy a new token from the Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) and paste it again.</source>
        <translation>Das eingefügte Token ist am %1 abgelaufen. Kopieren Sie ein neues Token aus dem Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The pasted text is not a Management API token (%1).</source>
        <translation>Der eingefügte Text ist kein Token für die Management API (%1).</translation>
    </message>
    <message>
        <source>The tenant no longer accepts the pasted token. Paste a new one.</source>
        <translation>Der Tenant akzeptiert das eingefügte Token nicht mehr. Fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <source>The tenant is limiting token requests. Try again in a minute.</source>
        <translation>Der Tenant begrenzt Token-Anfragen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Could not reach the tenant to sign in (%1).</source>
        <translation>Der Tenant war für die Anmeldung nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Signing in to the tenant took too long. Check the network and try again.</source>
        <translation>Die Anmeldung beim Tenant hat zu lange gedauert. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so OrgConsole did not send the credentials (%1).</source>
        <translation>Das Zertifikat des Tenants konnte nicht überprüft werden, daher hat OrgConsole die Zugangsdaten nicht gesendet (%1).</translation>
    </message>
    <message>
        <source>The tenant could not issue a token (%1). Try again later.</source>
        <translation>Der Tenant konnte kein Token ausstellen (%1). Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>The token lacks the %1 scope needed to %2.</source>
        <translation>Dem Token fehlt der Scope %1, um %2.</translation>
    </message>
    <message>
        <source>The token lacks the scopes %1 needed to %2.</source>
        <translation>Dem Token fehlen die Scopes %1, um %2.</translation>
    </message>
    <message>
        <source>list organizations</source>
        <translation>Organisationen aufzulisten</translation>
    </message>
    <message>
        <source>open an organization</source>
        <translation>eine Organisation zu öffnen</translation>
    </message>
    <message>
        <source>find an organization by name</source>
        <translation>eine Organisation nach Namen zu finden</translation>
    </message>
    <message>
        <source>create organizations</source>
        <translation>Organisationen zu erstellen</translation>
    </message>
    <message>
        <source>edit organizations</source>
        <translation>Organisationen zu bearbeiten</translation>
    </message>
    <message>
        <source>delete organizations</source>
        <translation>Organisationen zu löschen</translation>
    </message>
    <message>
        <source>list an organization&apos;s connections</source>
        <translation>die Verbindungen einer Organisation aufzulisten</translation>
    </message>
    <message>
        <source>enable connections</source>
        <translation>Verbindungen zu aktivieren</translation>
    </message>
    <message>
        <source>change enabled connections</source>
        <translation>aktivierte Verbindungen zu ändern</translation>
    </message>
    <message>
        <source>disable connections</source>
        <translation>Verbindungen zu deaktivieren</translation>
    </message>
    <message>
        <source>list members</source>
        <translation>Mitglieder aufzulisten</translation>
    </message>
    <message>
        <source>list members with their roles</source>
        <translation>Mitglieder mit ihren Rollen aufzulisten</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>Mitglieder hinzuzufügen</translation>
    </message>
    <message>
        <source>remove members</source>
        <translation>Mitglieder zu entfernen</translation>
    </message>
    <message>
        <source>list member roles</source>
        <translation>die Rollen von Mitgliedern aufzulisten</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>Rollen zuzuweisen</translation>
    </message>
    <message>
        <source>remove roles</source>
        <translation>Rollen zu entfernen</translation>
    </message>
    <message>
        <source>list invitations</source>
        <translation>Einladungen aufzulisten</translation>
    </message>
    <message>
        <source>invite users</source>
        <translation>Benutzer einzuladen</translation>
    </message>
    <message>
        <source>revoke invitations</source>
        <translation>Einladungen zu widerrufen</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>Rollen aufzulisten</translation>
    </message>
    <message>
        <source>search users</source>
        <translation>Benutzer zu suchen</translation>
    </message>
    <message>
        <source>list a user&apos;s organizations</source>
        <translation>die Organisationen eines Benutzers aufzulisten</translation>
    </message>
    <message>
        <source>list applications</source>
        <translation>Anwendungen aufzulisten</translation>
    </message>
    <message>
        <source>list connections</source>
        <translation>Verbindungen aufzulisten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Displays the version, the Qt version and the keychain in use.</source>
        <translation>Zeigt die Version, die Qt-Version und den verwendeten Schlüsselbund an.</translation>
    </message>
    <message>
        <source>Opens the built-in demo tenant.</source>
        <translation>Öffnet den eingebauten Demo-Tenant.</translation>
    </message>
    <message>
        <source>Desktop console for Auth0 Organizations.</source>
        <translation>Desktop-Konsole für Organisationen in Auth0.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a tenant</source>
        <translation>Tenant verbinden</translation>
    </message>
    <message>
        <source>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</source>
        <translation>Verwenden Sie eine Machine-to-Machine-Anwendung, die für die Auth0 Management API autorisiert ist. Ihr Client-Secret wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <source>your-tenant.eu.auth0.com</source>
        <translation>ihr-tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Client-&amp;Secret</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Paste a Management API token instead</source>
        <translation>Stattdessen ein Token der Management API einfügen</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
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
        <translation>Erteilte Scopes und was sie erlauben</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Enables</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation>Tenant öffnen</translation>
    </message>
    <message>
        <source>https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)</source>
        <translation>https://DOMAIN/api/v2/ (nur bei einer Custom Domain ausfüllen)</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>Tenant bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to use the secret in your keychain</source>
        <translation>Leer lassen, um das Secret aus Ihrem Schlüsselbund zu verwenden</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory until OrgConsole closes.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Secret bleibt nur im Arbeitsspeicher, bis OrgConsole beendet wird.</translation>
    </message>
    <message>
        <source>Paste a Management API token.</source>
        <translation>Fügen Sie ein Token der Management API ein.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client secret.</source>
        <translation>Geben Sie das Client-Secret der Anwendung ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>(not stated by the token)</source>
        <translation>(im Token nicht angegeben)</translation>
    </message>
    <message>
        <source>The tenant decides on each request; refused actions will name the missing scope.</source>
        <translation>Der Tenant entscheidet bei jeder Anfrage; abgelehnte Aktionen nennen den fehlenden Scope.</translation>
    </message>
    <message>
        <source>not used by OrgConsole</source>
        <translation>von OrgConsole nicht verwendet</translation>
    </message>
    <message>
        <source>Not granted: cannot %1</source>
        <translation>Nicht erteilt: keine Berechtigung, %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>Connections the organization&apos;s members can log in with.</source>
        <translation>Verbindungen, über die sich die Mitglieder der Organisation anmelden können.</translation>
    </message>
    <message>
        <source>Enable connection</source>
        <translation>Verbindung aktivieren</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Ticking a box changes the connection on the tenant at once. Signup is for database connections with automatic membership.</source>
        <translation>Ein Häkchen ändert die Verbindung sofort im Tenant. Registrierung gibt es nur für Datenbankverbindungen mit automatischer Mitgliedschaft.</translation>
    </message>
    <message>
        <source>An organization can have at most %1 connections.</source>
        <translation>Eine Organisation kann höchstens %L1 Verbindungen haben.</translation>
    </message>
    <message>
        <source>Enable one of the tenant&apos;s connections for this organization</source>
        <translation>Eine Verbindung des Tenants für diese Organisation aktivieren</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Verbindungen werden geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 of %2 connections enabled</source>
        <translation>%L1 von %L2 Verbindungen aktiviert</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Disable the connection &quot;%1&quot; for this organization?</source>
        <translation>Die Verbindung „%1“ für diese Organisation deaktivieren?</translation>
    </message>
    <message>
        <source>Its users can no longer log in to the organization through it. The connection itself stays in the tenant, and members keep their membership.</source>
        <translation>Ihre Benutzer können sich dann nicht mehr darüber bei der Organisation anmelden. Die Verbindung selbst bleibt im Tenant, und die Mitglieder behalten ihre Mitgliedschaft.</translation>
    </message>
    <message>
        <source>Copy connection ID</source>
        <translation>Verbindungs-ID kopieren</translation>
    </message>
</context>
<context>
    <name>CreateOrganizationDialog</name>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>acme-corp</source>
        <translation>acme-corp</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation>Acme GmbH</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, - and _; used in login URLs.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _; wird in Anmelde-URLs verwendet.</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationDialog</name>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This deletes the organization %1 with its enabled connections, invitations and memberships. Its members&apos; user accounts stay in the tenant. This cannot be undone.</source>
        <translation>Dadurch wird die Organisation %1 mit ihren aktivierten Verbindungen, Einladungen und Mitgliedschaften gelöscht. Die Benutzerkonten ihrer Mitglieder bleiben im Tenant erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Geben Sie zur Bestätigung %1 ein</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Tenant</translation>
    </message>
</context>
<context>
    <name>EnableConnectionDialog</name>
    <message>
        <source>Enable connection</source>
        <translation>Verbindung aktivieren</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Every connection of this tenant is already enabled for the organization.</source>
        <translation>Alle Verbindungen dieses Tenants sind für die Organisation bereits aktiviert.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Automatische Mitgliedschaft</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Benutzer, die sich über diese Verbindung anmelden, werden automatisch Mitglieder (Membership On Authentication im Dashboard).</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Als Schaltfläche zeigen</translation>
    </message>
    <message>
        <source>Show the connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Die Verbindung als Schaltfläche auf der Anmeldeseite der Organisation zeigen (Display connection as a button).</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a connection of this tenant for %1. Its users can then log in to the organization through it (at most %2 connections per organization).</source>
        <translation>Wählen Sie eine Verbindung dieses Tenants für %1. Deren Benutzer können sich dann darüber bei der Organisation anmelden (höchstens %L2 Verbindungen pro Organisation).</translation>
    </message>
    <message>
        <source>Could not load the tenant&apos;s connections.</source>
        <translation>Die Verbindungen des Tenants konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation>Wählen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Benutzern erlauben, sich auf der Anmeldeseite der Organisation zu registrieren (Organization Signup).</translation>
    </message>
    <message>
        <source>Users can sign up to the organization from its login prompt.</source>
        <translation>Benutzer können sich auf der Anmeldeseite der Organisation registrieren.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Auth0 says: %1%2</source>
        <translation>Auth0 meldet: %1%2</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>Enter a name for the organization.</source>
        <translation>Geben Sie einen Namen für die Organisation ein.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits, hyphens (-) and underscores (_).</source>
        <translation>Verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestriche (-) und Unterstriche (_).</translation>
    </message>
    <message>
        <source>The display name can have at most %1 characters.</source>
        <translation>Der Anzeigename darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the inviter&apos;s name: it appears in the invitation email.</source>
        <translation>Geben Sie den Namen der einladenden Person ein: Er erscheint in der Einladungs-E-Mail.</translation>
    </message>
    <message>
        <source>The inviter&apos;s name can have at most %1 characters.</source>
        <translation>Der Name der einladenden Person darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The logo URL must be a full https:// address.</source>
        <translation>Die Logo-URL muss eine vollständige https://-Adresse sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #RGB or #RRGGBB.</source>
        <translation>„%1“ ist keine Farbe: Verwenden Sie #RGB oder #RRGGBB.</translation>
    </message>
    <message>
        <source>Metadata keys cannot be empty.</source>
        <translation>Metadatenschlüssel dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Metadata keys can have at most %1 characters.</source>
        <translation>Metadatenschlüssel dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Metadata values can have at most %1 characters.</source>
        <translation>Metadatenwerte dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s domain, for example example.eu.auth0.com.</source>
        <translation>Geben Sie die Domain Ihres Tenants ein, zum Beispiel example.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Enter the domain only, without https://.</source>
        <translation>Geben Sie nur die Domain ein, ohne https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
</context>
<context>
    <name>InvitationLinksDialog</name>
    <message>
        <source>Invitation links</source>
        <translation>Einladungslinks</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) created. Their links are below; anyone with a link can use it until it expires, so share them only with the invitee.</source>
        <translation>
            <numerusform>%Ln Einladung erstellt. Der Link steht unten; wer ihn hat, kann ihn bis zum Ablauf verwenden, geben Sie ihn also nur an die eingeladene Person weiter.</numerusform>
            <numerusform>%Ln Einladungen erstellt. Die Links stehen unten; wer einen Link hat, kann ihn bis zum Ablauf verwenden, geben Sie jeden also nur an die jeweils eingeladene Person weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the invitation link for %1</source>
        <translation>Einladungslink für %1 kopieren</translation>
    </message>
    <message>
        <source>Link for %1 copied</source>
        <translation>Link für %1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%Ln Link kopiert</numerusform>
            <numerusform>%Ln Links kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Ablauf: %1 (%2)</translation>
    </message>
    <message>
        <source>Any connection of the organization</source>
        <translation>Jede Verbindung der Organisation</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InvitationStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>Filter invitations</source>
        <translation>Einladungen filtern</translation>
    </message>
    <message>
        <source>Invite users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 von %L2 erledigt</translation>
    </message>
    <message>
        <source>Invite people by email to join this organization</source>
        <translation>Personen per E-Mail in diese Organisation einladen</translation>
    </message>
    <message>
        <source>Send the selected invitations again with the same settings; the old ones are then revoked</source>
        <translation>Ausgewählte Einladungen mit denselben Einstellungen erneut senden; die alten werden dann widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected invitations (Delete)</source>
        <translation>Ausgewählte Einladungen widerrufen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) loaded so far…</source>
        <translation>
            <numerusform>%Ln Einladung bisher geladen…</numerusform>
            <numerusform>%Ln Einladungen bisher geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%Ln Einladung</numerusform>
            <numerusform>%Ln Einladungen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 expiring soon</source>
        <translation> · %L1 bald ablaufend</translation>
    </message>
    <message>
        <source> · %1 expired</source>
        <translation> · %L1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 of %2 invitations match</source>
        <translation>%L1 von %L2 Einladungen passen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %Ln weitere</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) again? Each invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</source>
        <translation>
            <numerusform>%Ln Einladung erneut senden? Die eingeladene Person erhält eine neue Einladung mit denselben Einstellungen; die alte wird widerrufen, sobald die neue besteht.</numerusform>
            <numerusform>%Ln Einladungen erneut senden? Jede eingeladene Person erhält eine neue Einladung mit denselben Einstellungen; die alte wird widerrufen, sobald die neue besteht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working; you can invite the same people again later.</source>
        <translation>
            <numerusform>%Ln Einladung widerrufen? Ihr Link funktioniert dann nicht mehr; Sie können dieselbe Person später erneut einladen.</numerusform>
            <numerusform>%Ln Einladungen widerrufen? Ihre Links funktionieren dann nicht mehr; Sie können dieselben Personen später erneut einladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) copied</source>
        <translation>
            <numerusform>%Ln Einladungslink kopiert</numerusform>
            <numerusform>%Ln Einladungslinks kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Einladungslink kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (cancelled): %n invitation(s)</source>
        <translation>
            <numerusform>Nicht gesendet (abgebrochen): %Ln Einladung</numerusform>
            <numerusform>Nicht gesendet (abgebrochen): %Ln Einladungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it yourself.</source>
        <translation>%1: Die neue Einladung wurde gesendet, aber die alte konnte nicht widerrufen werden (%2). Widerrufen Sie sie selbst.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be revoked:</source>
        <translation>
            <numerusform>%Ln Einladung konnte nicht widerrufen werden:</numerusform>
            <numerusform>%Ln Einladungen konnten nicht widerrufen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be resent:</source>
        <translation>
            <numerusform>%Ln Einladung konnte nicht erneut gesendet werden:</numerusform>
            <numerusform>%Ln Einladungen konnten nicht erneut gesendet werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>Each address gets its own invitation, with a link to join this organization through the application.</source>
        <translation>Jede Adresse erhält eine eigene Einladung mit einem Link, um dieser Organisation über die Anwendung beizutreten.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>alex@example.com, sam@example.com (separated by commas, spaces or new lines)</source>
        <translation>alex@example.com, sam@example.com (getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche)</translation>
    </message>
    <message>
        <source>Separate addresses with commas, spaces or new lines.</source>
        <translation>Trennen Sie die Adressen durch Kommas, Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Inviter name</source>
        <translation>Name des Absenders</translation>
    </message>
    <message>
        <source>Shown in the invitation email</source>
        <translation>Erscheint in der Einladungs-E-Mail</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Rollen nach Namen filtern</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Send invitation email</source>
        <translation>Einladungs-E-Mail senden</translation>
    </message>
    <message>
        <source>App metadata</source>
        <translation>App-Metadaten</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>Optionales JSON-Objekt, z. B. {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation>Benutzer-Metadaten</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;team&quot;: &quot;design&quot;}</source>
        <translation>Optionales JSON-Objekt, z. B. {&quot;team&quot;: &quot;design&quot;}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Einladungen senden</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>checking whether the earlier attempt arrived…</source>
        <translation>wird geprüft, ob der frühere Versuch angekommen ist…</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>not sent. %1</source>
        <translation>nicht gesendet. %1</translation>
    </message>
    <message>
        <source>not known whether it was sent. %1
Sending again checks the tenant first, so nobody is invited twice.</source>
        <translation>unbekannt, ob sie gesendet wurde. %1
Beim erneuten Senden wird zuerst der Tenant geprüft, sodass niemand doppelt eingeladen wird.</translation>
    </message>
    <message>
        <source>The application whose login page the invitation link opens</source>
        <translation>Die Anwendung, deren Anmeldeseite der Einladungslink öffnet</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Anwendungen werden geladen…</translation>
    </message>
    <message>
        <source>No application can take invitations</source>
        <translation>Keine Anwendung kann Einladungen annehmen</translation>
    </message>
    <message>
        <source>None: the invitee picks how to sign up</source>
        <translation>Keine: Die eingeladene Person wählt, wie sie sich registriert</translation>
    </message>
    <message>
        <source>Optional: the connection the invitee must use</source>
        <translation>Optional: die Verbindung, die die eingeladene Person verwenden muss</translation>
    </message>
    <message>
        <source>Roles the invitee gets in this organization</source>
        <translation>Rollen, die die eingeladene Person in dieser Organisation erhält</translation>
    </message>
    <message>
        <source>day (until %1)</source>
        <translation>Tag (bis %1)</translation>
    </message>
    <message>
        <source>days (until %1)</source>
        <translation>Tage (bis %1)</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Geben Sie mindestens eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Choose the application whose login page the invitation link opens.</source>
        <translation>Wählen Sie die Anwendung, deren Anmeldeseite der Einladungslink öffnet.</translation>
    </message>
    <message>
        <source>Choose at most %1 roles.</source>
        <translation>Wählen Sie höchstens %L1 Rollen.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>%L1 von %L2 eingeladen</translation>
    </message>
    <message>
        <source>%1 of %2 invitations did not go out; see above. Fix what is wrong and choose Send invitations again: those already sent are not sent twice.</source>
        <translation>%L1 von %L2 Einladungen wurden nicht versendet; siehe oben. Beheben Sie die Fehler und wählen Sie erneut „Einladungen senden“: Bereits gesendete werden nicht doppelt gesendet.</translation>
    </message>
</context>
<context>
    <name>JsonObjectInput</name>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object in braces, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 muss ein JSON-Objekt in geschweiften Klammern sein, etwa {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %Ln Minute</numerusform>
            <numerusform>in %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %Ln Stunde</numerusform>
            <numerusform>in %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %Ln Monat</numerusform>
            <numerusform>in %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %Ln Jahr</numerusform>
            <numerusform>in %Ln Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
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
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>No preview: the address is not a full https:// URL.</source>
        <translation>Keine Vorschau: Die Adresse ist keine vollständige https://-URL.</translation>
    </message>
    <message>
        <source>Loading the logo…</source>
        <translation>Logo wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the logo: it is larger than 2 MB.</source>
        <translation>Das Logo konnte nicht geladen werden: Es ist größer als 2 MB.</translation>
    </message>
    <message>
        <source>Could not load the logo: the request was cancelled.</source>
        <translation>Das Logo konnte nicht geladen werden: Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not load the logo: %1</source>
        <translation>Das Logo konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the logo: the address did not return an image.</source>
        <translation>Das Logo konnte nicht geladen werden: Die Adresse lieferte kein Bild.</translation>
    </message>
    <message>
        <source>Logo loaded (%1 × %2)</source>
        <translation>Logo geladen (%1 × %2)</translation>
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
        <translation>&amp;Tenant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Connect a tenant…</source>
        <translation>Tenant verbinden…</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Demo-Tenant öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About OrgConsole</source>
        <translation>Ü&amp;ber OrgConsole</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Ratenlimit: %L1 von %L2 übrig</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Kein Tenant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Tenant</translation>
    </message>
    <message>
        <source>%1 (%2) — OrgConsole</source>
        <translation>%1 (%2) — OrgConsole</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Switch tenant</source>
        <translation>Tenant &amp;wechseln</translation>
    </message>
    <message>
        <source>Manage tenants…</source>
        <translation>Tenants verwalten…</translation>
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
        <translation>(nicht angezeigt)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Roles need the read:organization_member_roles scope.</source>
        <translation>Für Rollen ist der Scope read:organization_member_roles nötig.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>MemberPickModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>MemberRolesDialog</name>
    <message>
        <source>Member roles</source>
        <translation>Rollen des Mitglieds</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 in this organization?</source>
        <translation>Die Rolle „%1“ von %2 in dieser Organisation entfernen?</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 von %L2 erledigt</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members</source>
        <translation>Vorhandene Benutzer dieses Tenants als Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Assign roles to the selected members</source>
        <translation>Den ausgewählten Mitgliedern Rollen zuweisen</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Ausgewählte Mitglieder entfernen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln Mitglied, mehr beim Scrollen</numerusform>
            <numerusform>%Ln Mitglieder, mehr beim Scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded members match</source>
        <translation>%L1 von %L2 geladenen Mitgliedern passen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %Ln weiteres</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from this organization? Their user accounts stay in the tenant.</source>
        <translation>
            <numerusform>%Ln Mitglied aus dieser Organisation entfernen? Das Benutzerkonto bleibt im Tenant erhalten.</numerusform>
            <numerusform>%Ln Mitglieder aus dieser Organisation entfernen? Ihre Benutzerkonten bleiben im Tenant erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>Nicht gesendet (abgebrochen): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not go through:</source>
        <translation>
            <numerusform>%Ln Änderung wurde nicht ausgeführt:</numerusform>
            <numerusform>%Ln Änderungen wurden nicht ausgeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, loading the rest…</source>
        <translation>
            <numerusform>%Ln Mitglied geladen, der Rest wird geladen…</numerusform>
            <numerusform>%Ln Mitglieder geladen, der Rest wird geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded (not all); sorted among these</source>
        <translation>
            <numerusform>%Ln Mitglied geladen (nicht alle); nur diese sortiert</numerusform>
            <numerusform>%Ln Mitglieder geladen (nicht alle); nur diese sortiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDelegate</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 erlaubt höchstens %L1 Metadatenschlüssel.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used in row %2.</source>
        <translation>Der Schlüssel „%1“ wird bereits in Zeile %2 verwendet.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>OrgConnectionListModel</name>
    <message>
        <source>Could not load the organization&apos;s connections.</source>
        <translation>Die Verbindungen der Organisation konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Signup is available only for database connections.</source>
        <translation>Registrierung ist nur für Datenbankverbindungen verfügbar.</translation>
    </message>
    <message>
        <source>Turn on automatic membership first: Auth0 allows signup only with it.</source>
        <translation>Aktivieren Sie zuerst die automatische Mitgliedschaft: Auth0 erlaubt die Registrierung nur damit.</translation>
    </message>
    <message>
        <source>Could not turn on automatic membership for &quot;%1&quot;.</source>
        <translation>Die automatische Mitgliedschaft für „%1“ konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Could not turn off automatic membership for &quot;%1&quot;.</source>
        <translation>Die automatische Mitgliedschaft für „%1“ konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Could not show &quot;%1&quot; as a button.</source>
        <translation>„%1“ konnte nicht als Schaltfläche gezeigt werden.</translation>
    </message>
    <message>
        <source>Could not stop showing &quot;%1&quot; as a button.</source>
        <translation>Die Schaltfläche für „%1“ konnte nicht ausgeblendet werden.</translation>
    </message>
    <message>
        <source>Could not turn on signup for &quot;%1&quot;.</source>
        <translation>Die Registrierung für „%1“ konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Could not turn off signup for &quot;%1&quot;.</source>
        <translation>Die Registrierung für „%1“ konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Could not enable &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the organization.</source>
        <translation>„%1“ konnte nicht aus der Organisation entfernt werden.</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Benutzer, die sich über diese Verbindung anmelden, werden automatisch Mitglieder (Membership On Authentication im Dashboard).</translation>
    </message>
    <message>
        <source>Show this connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Diese Verbindung als Schaltfläche auf der Anmeldeseite der Organisation zeigen (Display connection as a button).</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Benutzern erlauben, sich auf der Anmeldeseite der Organisation zu registrieren (Organization Signup).</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Auto-Mitgliedschaft</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Als Schaltfläche</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Membership On Authentication: users of this connection join automatically</source>
        <translation>Membership On Authentication: Benutzer dieser Verbindung treten automatisch bei</translation>
    </message>
    <message>
        <source>Display connection as a button on the organization&apos;s login prompt</source>
        <translation>Verbindung als Schaltfläche auf der Anmeldeseite der Organisation zeigen (Display connection as a button)</translation>
    </message>
    <message>
        <source>Organization Signup: database connections with automatic membership only</source>
        <translation>Organization Signup: nur Datenbankverbindungen mit automatischer Mitgliedschaft</translation>
    </message>
</context>
<context>
    <name>OrganizationListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
</context>
<context>
    <name>OrganizationPatch</name>
    <message>
        <source>Enter a display name: Auth0 cannot clear it once it is set.</source>
        <translation>Geben Sie einen Anzeigenamen ein: Auth0 kann ihn nicht mehr leeren, sobald er gesetzt ist.</translation>
    </message>
    <message>
        <source>Set both colours or neither: Auth0 stores the primary and page background colours together.</source>
        <translation>Legen Sie beide Farben fest oder keine: Auth0 speichert Primär- und Seitenhintergrundfarbe zusammen.</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>Select an organization on the left, or create one.</source>
        <translation>Wählen Sie links eine Organisation aus oder erstellen Sie eine.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
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
        <translation>&lt;b&gt;Organisationen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create a new organization in this tenant</source>
        <translation>Eine neue Organisation in diesem Tenant erstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln Organisation, mehr beim Scrollen</numerusform>
            <numerusform>%Ln Organisationen, mehr beim Scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 von %L2 angezeigt</translation>
    </message>
</context>
<context>
    <name>PickMembersDialog</name>
    <message>
        <source>Assign to members</source>
        <translation>Mitgliedern zuweisen</translation>
    </message>
    <message>
        <source>Filter by name, email or user ID</source>
        <translation>Nach Name, E-Mail oder Benutzer-ID filtern</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add role to member(s)</source>
        <translation>Rolle Mitgliedern zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 to members</source>
        <translation>%1 Mitgliedern zuweisen</translation>
    </message>
    <message>
        <source>Choose the members of this organization who should hold the role &lt;b&gt;%1&lt;/b&gt;. Members who already hold it are not listed.</source>
        <translation>Wählen Sie die Mitglieder dieser Organisation, die die Rolle &lt;b&gt;%1&lt;/b&gt; erhalten sollen. Mitglieder, die sie bereits haben, sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Every member of this organization already holds %1.</source>
        <translation>Alle Mitglieder dieser Organisation haben %1 bereits.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) selected</source>
        <translation>
            <numerusform>%Ln Mitglied ausgewählt</numerusform>
            <numerusform>%Ln Mitglieder ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 von %L2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Add role to %n member(s)</source>
        <translation>
            <numerusform>Rolle %Ln Mitglied zuweisen</numerusform>
            <numerusform>Rolle %Ln Mitgliedern zuweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and formats</source>
        <translation>Sprache und Formate</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Zahlen und Datumsangaben</translation>
    </message>
    <message>
        <source>OrgConsole switches to the new language the next time it starts.</source>
        <translation>OrgConsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>RoleChangeText</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %Ln weiteres</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>Zuweisen von %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n member(s).</source>
        <translation>
            <numerusform>%1 wurde %Ln Mitglied zugewiesen.</numerusform>
            <numerusform>%1 wurde %Ln Mitgliedern zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n member(s).</source>
        <translation>
            <numerusform>%1 wurde von %Ln Mitglied entfernt.</numerusform>
            <numerusform>%1 wurde von %Ln Mitgliedern entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the role %1 from %n member(s)? They stay members of this organization.</source>
        <translation>
            <numerusform>Die Rolle %1 von %Ln Mitglied entfernen? Das Mitglied bleibt in dieser Organisation.</numerusform>
            <numerusform>Die Rolle %1 von %Ln Mitgliedern entfernen? Sie bleiben Mitglieder dieser Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>Nicht gesendet (abgebrochen): %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 member(s) did not change; the other %4 are done and will not be sent again.</source>
        <translation>%1: Bei %L2 von %L3 Mitgliedern keine Änderung; die übrigen %L4 sind erledigt und werden nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleHoldersModel</name>
    <message>
        <source>Remove %1 from this member</source>
        <translation>%1 von diesem Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>RoleHoldersText</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%Ln Inhaber</numerusform>
            <numerusform>%Ln Inhaber</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 holders match</source>
        <translation>%L1 von %L2 Inhabern passen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the organization</source>
        <translation>
            <numerusform>%Ln Mitglied in der Organisation</numerusform>
            <numerusform>%Ln Mitglieder in der Organisation</numerusform>
        </translation>
    </message>
    <message>
        <source>among the first %L1 of %L2 members</source>
        <translation>unter den ersten %L1 von %L2 Mitgliedern</translation>
    </message>
    <message>
        <source>among the first %L1 members</source>
        <translation>unter den ersten %L1 Mitgliedern</translation>
    </message>
    <message>
        <source>Select a role to see who in this organization holds it.</source>
        <translation>Wählen Sie eine Rolle, um zu sehen, wer sie in dieser Organisation hat.</translation>
    </message>
    <message>
        <source>Looking for members who hold %1…</source>
        <translation>Mitglieder mit %1 werden gesucht…</translation>
    </message>
    <message>
        <source>The members of this organization could not be loaded. Press F5 to try again.</source>
        <translation>Die Mitglieder dieser Organisation konnten nicht geladen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>None of the %L1 members loaded so far holds %2. Press F5 to load all of them.</source>
        <translation>Keines der bisher geladenen %L1 Mitglieder hat %2. Drücken Sie F5, um alle zu laden.</translation>
    </message>
    <message>
        <source>No member of this organization holds %1. Use “Assign to members…” to give it to some.</source>
        <translation>Kein Mitglied dieser Organisation hat %1. Weisen Sie die Rolle mit „Mitgliedern zuweisen…“ zu.</translation>
    </message>
</context>
<context>
    <name>RoleListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name</source>
        <translation>Rollen nach Namen filtern</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Copy role ID</source>
        <translation>Rollen-ID kopieren</translation>
    </message>
    <message>
        <source>Copy role name</source>
        <translation>Rollennamen kopieren</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 roles match</source>
        <translation>%L1 von %L2 Rollen passen</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Filter holders</source>
        <translation>Inhaber filtern</translation>
    </message>
    <message>
        <source>Assign to members…</source>
        <translation>Mitgliedern zuweisen…</translation>
    </message>
    <message>
        <source>Remove from selected</source>
        <translation>Von Ausgewählten entfernen</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Loading members… %L1 of %L2</source>
        <translation>Mitglieder werden geladen… %L1 von %L2</translation>
    </message>
    <message>
        <source>Loading members… %L1</source>
        <translation>Mitglieder werden geladen… %L1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %L2 von %L3 erledigt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Assign to members</source>
        <translation>Mitgliedern zuweisen</translation>
    </message>
    <message>
        <source>This organization has no members yet. Add members in the Members tab first.</source>
        <translation>Diese Organisation hat noch keine Mitglieder. Fügen Sie zuerst im Tab „Mitglieder“ Mitglieder hinzu.</translation>
    </message>
    <message>
        <source>Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.</source>
        <translation>Nur die bisher geladenen %L1 Mitglieder sind aufgeführt; drücken Sie im Tab „Rollen“ F5, um alle zu laden.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n member(s)</source>
        <translation>
            <numerusform>Für %Ln Mitglied wiederholen</numerusform>
            <numerusform>Für %Ln Mitglieder wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <source>Wait until the change in progress is done.</source>
        <translation>Warten Sie, bis die laufende Änderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Wait until the members are loaded, or cancel loading.</source>
        <translation>Warten Sie, bis die Mitglieder geladen sind, oder brechen Sie das Laden ab.</translation>
    </message>
    <message>
        <source>Give %1 to members of this organization who do not hold it yet</source>
        <translation>%1 den Mitgliedern dieser Organisation zuweisen, die sie noch nicht haben</translation>
    </message>
    <message>
        <source>Remove %1 from the selected members (Delete)</source>
        <translation>%1 von den ausgewählten Mitgliedern entfernen (Entf)</translation>
    </message>
    <message>
        <source>Select the members to take %1 from</source>
        <translation>Wählen Sie die Mitglieder aus, von denen %1 entfernt werden soll</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>Shown to users on the login prompt</source>
        <translation>Wird Benutzern auf der Anmeldeseite angezeigt</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>&amp;Logo-URL</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Primary colour</source>
        <translation>&amp;Primärfarbe</translation>
    </message>
    <message>
        <source>#0059d6</source>
        <translation>#0059d6</translation>
    </message>
    <message>
        <source>Page &amp;background colour</source>
        <translation>Seiten&amp;hintergrundfarbe</translation>
    </message>
    <message>
        <source>#ffffff</source>
        <translation>#ffffff</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Gefahrenbereich</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete this organization&lt;/b&gt;&lt;br&gt;Its connections, invitations and memberships go with it; users stay in the tenant. This cannot be undone.</source>
        <translation>&lt;b&gt;Diese Organisation löschen&lt;/b&gt;&lt;br&gt;Ihre Verbindungen, Einladungen und Mitgliedschaften werden mitgelöscht; Benutzer bleiben im Tenant. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>Logo-URL</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <source>Page background colour</source>
        <translation>Seitenhintergrundfarbe</translation>
    </message>
    <message>
        <source>Pick primary colour</source>
        <translation>Primärfarbe auswählen</translation>
    </message>
    <message>
        <source>Pick page background colour</source>
        <translation>Seitenhintergrundfarbe auswählen</translation>
    </message>
    <message>
        <source>Up to %1 keys. Keys and values are text of at most %2 characters.</source>
        <translation>Bis zu %L1 Schlüssel. Schlüssel und Werte sind Text mit höchstens %L2 Zeichen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Load the organization&apos;s settings again and discard your unsaved changes?</source>
        <translation>Die Einstellungen der Organisation neu laden und Ihre nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%L1 von %L2 Schlüsseln</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
    <message>
        <source>Add a key and value</source>
        <translation>Schlüssel und Wert hinzufügen</translation>
    </message>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 erlaubt höchstens %L1 Metadatenschlüssel.</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Ausgewählte Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Beheben Sie zuerst: %1</translation>
    </message>
    <message>
        <source>Send the changes to the tenant (Ctrl+S)</source>
        <translation>Änderungen an den Tenant senden (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put back what the tenant holds</source>
        <translation>Den Stand des Tenants wiederherstellen</translation>
    </message>
    <message>
        <source>Delete this organization from the tenant</source>
        <translation>Diese Organisation aus dem Tenant löschen</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The changes were not saved; they are still here.</source>
        <translation>Die Änderungen wurden nicht gespeichert; sie sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>The organization was not deleted.</source>
        <translation>Die Organisation wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to this organization&apos;s settings?</source>
        <translation>Ihre nicht gespeicherten Änderungen an den Einstellungen dieser Organisation verwerfen?</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the tenant domain, for example acme.eu.auth0.com.</source>
        <translation>Geben Sie die Domain des Tenants ein, zum Beispiel acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant domain; enter one like acme.eu.auth0.com.</source>
        <translation>„%1“ ist keine Tenant-Domain; geben Sie eine wie acme.eu.auth0.com ein.</translation>
    </message>
    <message>
        <source>The audience must be an https address such as https://acme.eu.auth0.com/api/v2/.</source>
        <translation>Die Audience muss eine https-Adresse sein, etwa https://acme.eu.auth0.com/api/v2/.</translation>
    </message>
</context>
<context>
    <name>TenantProfilesDialog</name>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>The tenants OrgConsole knows. Removing a tenant also deletes its client secret and cached token from your keychain.</source>
        <translation>Die Tenants, die OrgConsole kennt. Beim Entfernen eines Tenants werden auch sein Client-Secret und sein zwischengespeichertes Token aus Ihrem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Switch to tenant</source>
        <translation>Zu Tenant wechseln</translation>
    </message>
    <message>
        <source>Add tenant…</source>
        <translation>Tenant hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Tenant entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Derzeit geöffnet</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot; (%2)? Its client secret and cached token are deleted from your keychain. The tenant itself is not changed.</source>
        <translation>Den Tenant „%1“ (%2) entfernen? Sein Client-Secret und sein zwischengespeichertes Token werden aus Ihrem Schlüsselbund gelöscht. Der Tenant selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>It is open now and will be closed.</source>
        <translation>Er ist gerade geöffnet und wird geschlossen.</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>OrgConsole only talks to a tenant over HTTPS.</source>
        <translation>OrgConsole kommuniziert mit einem Tenant nur über HTTPS.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to OrgConsole</source>
        <translation>Willkommen bei OrgConsole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to OrgConsole&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei OrgConsole&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the members, invitations and roles of your Auth0 organizations. Start with the built-in demo tenant, or connect one of your own tenants with a machine-to-machine application.</source>
        <translation>Verwalten Sie Mitglieder, Einladungen und Rollen Ihrer Auth0-Organisationen. Beginnen Sie mit dem eingebauten Demo-Tenant oder verbinden Sie einen eigenen Tenant über eine Machine-to-Machine-Anwendung.</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Demo-Tenant ausprobieren</translation>
    </message>
    <message>
        <source>A local sandbox tenant with sample organizations, members and roles. Nothing leaves this computer.</source>
        <translation>Ein lokaler Sandbox-Tenant mit Beispielorganisationen, -mitgliedern und -rollen. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Connect a tenant</source>
        <translation>Tenant verbinden</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain and a machine-to-machine application&apos;s client ID and secret.</source>
        <translation>Verwenden Sie die Domain Ihres Tenants sowie Client-ID und Secret einer Machine-to-Machine-Anwendung.</translation>
    </message>
</context>
</TS>
