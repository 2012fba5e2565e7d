<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OrgConsole</source>
        <translation>Acerca de OrgConsole</translation>
    </message>
    <message>
        <source>A desktop console for Auth0 Organizations.</source>
        <translation>Una consola de escritorio para las organizaciones de Auth0.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licencia MIT</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copies the version, Qt, keychain and system lines for a bug report.</source>
        <translation>Copia la versión, Qt, el llavero y el sistema para un informe de errores.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>OrgConsole uses the Qt libraries under the GNU Lesser General Public License version 3 (LGPLv3). Qt is Copyright (C) The Qt Company Ltd. and other contributors. You may replace the Qt libraries OrgConsole uses with your own build; Qt&apos;s source code is available from %1.</source>
        <translation>OrgConsole usa las bibliotecas Qt bajo la Licencia Pública General Reducida de GNU versión 3 (LGPLv3). Qt es Copyright (C) The Qt Company Ltd. y otros colaboradores. Puede sustituir las bibliotecas Qt que usa OrgConsole por su propia compilación; el código fuente de Qt está disponible en %1.</translation>
    </message>
    <message>
        <source>GNU LGPLv3 license text</source>
        <translation>Texto de la licencia GNU LGPLv3</translation>
    </message>
    <message>
        <source>Qt&apos;s LGPL obligations</source>
        <translation>Obligaciones LGPL de Qt</translation>
    </message>
    <message>
        <source>OrgConsole keeps secrets in the system keychain through QtKeychain, used under the BSD 3-Clause License:</source>
        <translation>OrgConsole guarda los secretos en el llavero del sistema mediante QtKeychain, usado bajo la licencia BSD de 3 cláusulas:</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add users</source>
        <translation>Agregar usuarios</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members. To add people who do not have an account yet, invite them instead.</source>
        <translation>Agregue usuarios existentes de este tenant como miembros. Para agregar personas que aún no tienen cuenta, invítelas.</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Buscar usuarios por correo o nombre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Pegar una lista</translation>
    </message>
    <message>
        <source>Paste email addresses or user IDs, separated by commas, spaces or new lines.</source>
        <translation>Pegue direcciones de correo o ID de usuario, separados por comas, espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>Email addresses or user IDs</source>
        <translation>Direcciones de correo o ID de usuario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add user(s) to organization</source>
        <translation>Agregar a la organización</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%Ln usuario encontrado</numerusform>
            <numerusform>%Ln usuarios encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%Ln usuario seleccionado</numerusform>
            <numerusform>%Ln usuarios seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>No user has these email addresses; invite them instead: %1</source>
        <translation>Ningún usuario tiene estas direcciones de correo; invítelos en su lugar: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the tenant (%1).</source>
        <translation>No se pudo contactar con el tenant (%1).</translation>
    </message>
    <message>
        <source>The tenant did not answer in time.</source>
        <translation>El tenant no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so nothing was sent (%1).</source>
        <translation>No se pudo verificar el certificado del tenant, así que no se envió nada (%1).</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta del tenant (%1).</translation>
    </message>
    <message>
        <source>The tenant did not accept the token (%1). Sign in again.</source>
        <translation>El tenant no aceptó el token (%1). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The token is not allowed to do this (%1).</source>
        <translation>El token no tiene permiso para hacer esto (%1).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope needed for this. Grant it to the application in the Auth0 Dashboard, then sign in again.</source>
        <translation>Al token le falta el ámbito %1 necesario para esto. Concédaselo a la aplicación en el Auth0 Dashboard y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was reached and did not clear in time. Try again in a minute.</source>
        <translation>Se alcanzó el límite de tasa del tenant y no se liberó a tiempo. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The tenant had a problem (HTTP %1). Try again later.</source>
        <translation>El tenant tuvo un problema (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation>El tenant rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>It is not known whether the change was made: the answer was lost. Check the current state before trying again.</source>
        <translation>No se sabe si el cambio se realizó: la respuesta se perdió. Compruebe el estado actual antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo tenant</source>
        <translation>Tenant de demostración</translation>
    </message>
    <message>
        <source>The demo tenant could not be started.</source>
        <translation>No se pudo iniciar el tenant de demostración.</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Filtrar roles por nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add role(s) to organization</source>
        <translation>Agregar roles a la organización</translation>
    </message>
    <message>
        <source>Choose the roles to assign to %1 in this organization.</source>
        <translation>Elija los roles que se asignarán a %1 en esta organización.</translation>
    </message>
    <message>
        <source>%1 (already assigned)</source>
        <translation>%1 (ya asignado)</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) selected</source>
        <translation>
            <numerusform>%Ln rol seleccionado</numerusform>
            <numerusform>%Ln roles seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory until OrgConsole quits and will have to be entered again next time.</source>
        <translation>El llavero del sistema no está disponible (%1). Los secretos se guardan en memoria hasta que OrgConsole se cierre y habrá que volver a introducirlos la próxima vez.</translation>
    </message>
</context>
<context>
    <name>AuthFailure</name>
    <message>
        <source>Enter the client secret for this tenant profile to sign in.</source>
        <translation>Introduzca el secreto de cliente de este perfil de tenant para iniciar sesión.</translation>
    </message>
    <message>
        <source>The tenant rejected the client ID or client secret. Check both in the profile.</source>
        <translation>El tenant rechazó el ID de cliente o el secreto de cliente. Compruebe ambos en el perfil.</translation>
    </message>
    <message>
        <source>The application is not authorized for the Management API of this tenant (%1). Check its grant and the profile&apos;s audience.</source>
        <translation>La aplicación no está autorizada para la Management API de este tenant (%1). Compruebe su concesión (grant) y la audiencia del perfil.</translation>
    </message>
    <message>
        <source>The pasted token expired on %1. Copy a new token from the Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) and paste it again.</source>
        <translation>El token pegado caducó el %1. Copie un token nuevo del Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) y péguelo de nuevo.</translation>
    </message>
    <message>
        <source>The pasted text is not a Management API token (%1).</source>
        <translation>El texto pegado no es un token de la Management API (%1).</translation>
    </message>
    <message>
        <source>The tenant no longer accepts the pasted token. Paste a new one.</source>
        <translation>El tenant ya no acepta el token pegado. Pegue uno nuevo.</translation>
    </message>
    <message>
        <source>The tenant is limiting token requests. Try again in a minute.</source>
        <translation>El tenant está limitando las solicitudes de token. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Could not reach the tenant to sign in (%1).</source>
        <translation>No se pudo contactar con el tenant para iniciar sesión (%1).</translation>
    </message>
    <message>
        <source>Signing in to the tenant took too long. Check the network and try again.</source>
        <translation>El inicio de sesión en el tenant tardó demasiado. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so OrgConsole did not send the credentials (%1).</source>
        <translation>No se pudo verificar el certificado del tenant, así que OrgConsole no envió las credenciales (%1).</translation>
    </message>
    <message>
        <source>The tenant could not issue a token (%1). Try again later.</source>
        <translation>El tenant no pudo emitir un token (%1). Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>The token lacks the %1 scope needed to %2.</source>
        <translation>Al token le falta el ámbito %1 necesario para %2.</translation>
    </message>
    <message>
        <source>The token lacks the scopes %1 needed to %2.</source>
        <translation>Al token le faltan los ámbitos %1 necesarios para %2.</translation>
    </message>
    <message>
        <source>list organizations</source>
        <translation>listar organizaciones</translation>
    </message>
    <message>
        <source>open an organization</source>
        <translation>abrir una organización</translation>
    </message>
    <message>
        <source>find an organization by name</source>
        <translation>buscar una organización por nombre</translation>
    </message>
    <message>
        <source>create organizations</source>
        <translation>crear organizaciones</translation>
    </message>
    <message>
        <source>edit organizations</source>
        <translation>editar organizaciones</translation>
    </message>
    <message>
        <source>delete organizations</source>
        <translation>eliminar organizaciones</translation>
    </message>
    <message>
        <source>list an organization&apos;s connections</source>
        <translation>listar las conexiones de una organización</translation>
    </message>
    <message>
        <source>enable connections</source>
        <translation>habilitar conexiones</translation>
    </message>
    <message>
        <source>change enabled connections</source>
        <translation>cambiar las conexiones habilitadas</translation>
    </message>
    <message>
        <source>disable connections</source>
        <translation>deshabilitar conexiones</translation>
    </message>
    <message>
        <source>list members</source>
        <translation>listar miembros</translation>
    </message>
    <message>
        <source>list members with their roles</source>
        <translation>listar miembros con sus roles</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>agregar miembros</translation>
    </message>
    <message>
        <source>remove members</source>
        <translation>quitar miembros</translation>
    </message>
    <message>
        <source>list member roles</source>
        <translation>listar los roles de los miembros</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>asignar roles</translation>
    </message>
    <message>
        <source>remove roles</source>
        <translation>quitar roles</translation>
    </message>
    <message>
        <source>list invitations</source>
        <translation>listar invitaciones</translation>
    </message>
    <message>
        <source>invite users</source>
        <translation>invitar usuarios</translation>
    </message>
    <message>
        <source>revoke invitations</source>
        <translation>revocar invitaciones</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>listar roles</translation>
    </message>
    <message>
        <source>search users</source>
        <translation>buscar usuarios</translation>
    </message>
    <message>
        <source>list a user&apos;s organizations</source>
        <translation>listar las organizaciones de un usuario</translation>
    </message>
    <message>
        <source>list applications</source>
        <translation>listar aplicaciones</translation>
    </message>
    <message>
        <source>list connections</source>
        <translation>listar conexiones</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Displays the version, the Qt version and the keychain in use.</source>
        <translation>Muestra la versión, la versión de Qt y el llavero en uso.</translation>
    </message>
    <message>
        <source>Opens the built-in demo tenant.</source>
        <translation>Abre el tenant de demostración integrado.</translation>
    </message>
    <message>
        <source>Desktop console for Auth0 Organizations.</source>
        <translation>Consola de escritorio para las organizaciones de Auth0.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a tenant</source>
        <translation type="unfinished">Conectar un tenant</translation>
    </message>
    <message>
        <source>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Nombre</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation type="unfinished">Conectando con %1…</translation>
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
        <translation>Crear organización</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>acme-corp</source>
        <translation>acme-corp</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre para &amp;mostrar</translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation>Acme S.A.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation>Tenant de demostración</translation>
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
        <translation type="unfinished">Conexión</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation>Auth0 dice: %1%2</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>Enter a name for the organization.</source>
        <translation>Introduzca un nombre para la organización.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits, hyphens (-) and underscores (_).</source>
        <translation>Use solo letras minúsculas, dígitos, guiones (-) y guiones bajos (_).</translation>
    </message>
    <message>
        <source>The display name can have at most %1 characters.</source>
        <translation>El nombre para mostrar puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Introduzca una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Enter the inviter&apos;s name: it appears in the invitation email.</source>
        <translation>Introduzca el nombre de quien invita: aparece en el correo de invitación.</translation>
    </message>
    <message>
        <source>The inviter&apos;s name can have at most %1 characters.</source>
        <translation>El nombre de quien invita puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The logo URL must be a full https:// address.</source>
        <translation>La URL del logotipo debe ser una dirección https:// completa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #RGB or #RRGGBB.</source>
        <translation>«%1» no es un color: use #RGB o #RRGGBB.</translation>
    </message>
    <message>
        <source>Metadata keys cannot be empty.</source>
        <translation>Las claves de metadatos no pueden estar vacías.</translation>
    </message>
    <message>
        <source>Metadata keys can have at most %1 characters.</source>
        <translation>Las claves de metadatos pueden tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Metadata values can have at most %1 characters.</source>
        <translation>Los valores de metadatos pueden tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s domain, for example example.eu.auth0.com.</source>
        <translation>Introduzca el dominio de su tenant, por ejemplo example.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Enter the domain only, without https://.</source>
        <translation>Introduzca solo el dominio, sin https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>«%1» no es un nombre de dominio.</translation>
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
        <translation type="unfinished">Cerrar</translation>
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
        <translation type="unfinished">Roles</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Conexión</translation>
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
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished">%L1 de %L2 completados</translation>
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
            <numerusform>…y %Ln más</numerusform>
            <numerusform>…y %Ln más</numerusform>
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
        <translation type="unfinished">%1: %2</translation>
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
        <translation type="unfinished">Conexión</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Roles</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation type="unfinished">Filtrar roles por nombre</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %Ln minuto</numerusform>
            <numerusform>dentro de %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dentro de %Ln hora</numerusform>
            <numerusform>dentro de %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %Ln día</numerusform>
            <numerusform>dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dentro de %Ln mes</numerusform>
            <numerusform>dentro de %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %Ln mes</numerusform>
            <numerusform>hace %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dentro de %Ln año</numerusform>
            <numerusform>dentro de %Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
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
        <translation>&amp;Tenant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Connect a tenant…</source>
        <translation>Conectar un tenant…</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Abrir el tenant de demostración</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;About OrgConsole</source>
        <translation>&amp;Acerca de OrgConsole</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de tasa</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Límite de tasa: quedan %L1 de %L2</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Ningún tenant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Tenant de demostración</translation>
    </message>
    <message>
        <source>%1 (%2) — OrgConsole</source>
        <translation>%1 (%2) — OrgConsole</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Error de conexión: %1</translation>
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
        <translation>(no se muestra)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Roles need the read:organization_member_roles scope.</source>
        <translation>Los roles necesitan el ámbito read:organization_member_roles.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>MemberPickModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
</context>
<context>
    <name>MemberRolesDialog</name>
    <message>
        <source>Member roles</source>
        <translation>Roles del miembro</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles de %1</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar rol</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 in this organization?</source>
        <translation>¿Quitar el rol «%1» a %2 en esta organización?</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Filter members</source>
        <translation>Filtrar miembros</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Agregar miembros</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Quitar miembros</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 de %L2 completados</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members</source>
        <translation>Agregar usuarios existentes de este tenant como miembros</translation>
    </message>
    <message>
        <source>Assign roles to the selected members</source>
        <translation>Asignar roles a los miembros seleccionados</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Quitar los miembros seleccionados (Supr)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln miembro, más al desplazarse</numerusform>
            <numerusform>%Ln miembros, más al desplazarse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded members match</source>
        <translation>%L1 de %L2 miembros cargados coinciden</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %Ln más</numerusform>
            <numerusform>…y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from this organization? Their user accounts stay in the tenant.</source>
        <translation>
            <numerusform>¿Quitar %Ln miembro de esta organización? Su cuenta de usuario permanece en el tenant.</numerusform>
            <numerusform>¿Quitar %Ln miembros de esta organización? Sus cuentas de usuario permanecen en el tenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copiar ID de usuario</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>No enviado (cancelado): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not go through:</source>
        <translation>
            <numerusform>%Ln cambio no se completó:</numerusform>
            <numerusform>%Ln cambios no se completaron:</numerusform>
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
        <translation type="unfinished">Conexión</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
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
        <translation>Seleccione una organización a la izquierda o cree una.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>OrganizationsPane</name>
    <message>
        <source>&lt;b&gt;Organizations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Organizaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Crear organización</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create a new organization in this tenant</source>
        <translation>Crear una organización nueva en este tenant</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln organización, más al desplazarse</numerusform>
            <numerusform>%Ln organizaciones, más al desplazarse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 de %L2 mostradas</translation>
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
        <translation type="unfinished">Miembros</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation type="unfinished">Filtrar miembros</translation>
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
        <translation type="unfinished">%L1 de %L2 mostradas</translation>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language and formats</source>
        <translation>Idioma y formatos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Números y fechas</translation>
    </message>
    <message>
        <source>OrgConsole switches to the new language the next time it starts.</source>
        <translation>OrgConsole cambiará al nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation type="unfinished">en menos de un minuto</translation>
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
            <numerusform>…y %Ln más</numerusform>
            <numerusform>…y %Ln más</numerusform>
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
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation type="unfinished">No enviado (cancelado): %1</translation>
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
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
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
        <translation type="unfinished">Quitar rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished">ID de usuario</translation>
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
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name</source>
        <translation type="unfinished">Filtrar roles por nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Roles</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation type="unfinished">Roles</translation>
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
        <translation type="unfinished">Quitar rol</translation>
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
        <translation type="unfinished">Copiar ID de usuario</translation>
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
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished">Nombre para &amp;mostrar</translation>
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
        <translation type="unfinished">Nombre para mostrar</translation>
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
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Enter the tenant domain, for example acme.eu.auth0.com.</source>
        <translation>Introduzca el dominio del tenant, por ejemplo acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant domain; enter one like acme.eu.auth0.com.</source>
        <translation>«%1» no es un dominio de tenant; introduzca uno como acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The audience must be an https address such as https://acme.eu.auth0.com/api/v2/.</source>
        <translation>La audiencia debe ser una dirección https, como https://acme.eu.auth0.com/api/v2/.</translation>
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
        <translation type="unfinished">Nombre</translation>
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
        <translation type="unfinished">Cerrar</translation>
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
        <translation>OrgConsole solo se comunica con un tenant mediante HTTPS.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to OrgConsole</source>
        <translation>Bienvenido a OrgConsole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to OrgConsole&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a OrgConsole&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the members, invitations and roles of your Auth0 organizations. Start with the built-in demo tenant, or connect one of your own tenants with a machine-to-machine application.</source>
        <translation>Administre los miembros, las invitaciones y los roles de sus organizaciones de Auth0. Empiece con el tenant de demostración integrado o conecte uno de sus tenants con una aplicación máquina a máquina.</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Probar el tenant de demostración</translation>
    </message>
    <message>
        <source>A local sandbox tenant with sample organizations, members and roles. Nothing leaves this computer.</source>
        <translation>Un tenant de pruebas local con organizaciones, miembros y roles de ejemplo. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Connect a tenant</source>
        <translation>Conectar un tenant</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain and a machine-to-machine application&apos;s client ID and secret.</source>
        <translation>Use el dominio de su tenant y el ID de cliente y el secreto de una aplicación máquina a máquina.</translation>
    </message>
</context>
</TS>
