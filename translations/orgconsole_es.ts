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
        <translation>Conectar un tenant</translation>
    </message>
    <message>
        <source>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</source>
        <translation>Use una aplicación máquina a máquina autorizada para la Auth0 Management API. Su secreto de cliente se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Dominio</translation>
    </message>
    <message>
        <source>your-tenant.eu.auth0.com</source>
        <translation>su-tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;ID de cliente</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>&amp;Secreto de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Recordar en el llavero</translation>
    </message>
    <message>
        <source>Paste a Management API token instead</source>
        <translation>Pegar en su lugar un token de la Management API</translation>
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
        <translation>&amp;Audiencia</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Granted scopes and what they enable</source>
        <translation>Ámbitos concedidos y lo que permiten</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Enables</source>
        <translation>Permite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation>Abrir tenant</translation>
    </message>
    <message>
        <source>https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)</source>
        <translation>https://DOMINIO/api/v2/ (déjelo vacío salvo que use un dominio personalizado)</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>Editar tenant</translation>
    </message>
    <message>
        <source>Leave empty to use the secret in your keychain</source>
        <translation>Déjelo vacío para usar el secreto de su llavero</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory until OrgConsole closes.</source>
        <translation>No hay ningún llavero disponible: el secreto se guarda en memoria hasta que OrgConsole se cierre.</translation>
    </message>
    <message>
        <source>Paste a Management API token.</source>
        <translation>Pegue un token de la Management API.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client secret.</source>
        <translation>Introduzca el secreto de cliente de la aplicación.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>(not stated by the token)</source>
        <translation>(el token no lo indica)</translation>
    </message>
    <message>
        <source>The tenant decides on each request; refused actions will name the missing scope.</source>
        <translation>El tenant decide en cada solicitud; las acciones rechazadas indicarán el ámbito que falta.</translation>
    </message>
    <message>
        <source>not used by OrgConsole</source>
        <translation>OrgConsole no lo usa</translation>
    </message>
    <message>
        <source>Not granted: cannot %1</source>
        <translation>No concedido: no se puede %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>Connections the organization&apos;s members can log in with.</source>
        <translation>Conexiones con las que los miembros de la organización pueden iniciar sesión.</translation>
    </message>
    <message>
        <source>Enable connection</source>
        <translation>Habilitar conexión</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Ticking a box changes the connection on the tenant at once. Signup is for database connections with automatic membership.</source>
        <translation>Al marcar una casilla, la conexión cambia en el tenant de inmediato. El registro es para conexiones de base de datos con membresía automática.</translation>
    </message>
    <message>
        <source>An organization can have at most %1 connections.</source>
        <translation>Una organización puede tener como máximo %1 conexiones.</translation>
    </message>
    <message>
        <source>Enable one of the tenant&apos;s connections for this organization</source>
        <translation>Habilitar una de las conexiones del tenant para esta organización</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Cargando conexiones…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 of %2 connections enabled</source>
        <translation>%L1 de %L2 conexiones habilitadas</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Disable the connection &quot;%1&quot; for this organization?</source>
        <translation>¿Deshabilitar la conexión «%1» para esta organización?</translation>
    </message>
    <message>
        <source>Its users can no longer log in to the organization through it. The connection itself stays in the tenant, and members keep their membership.</source>
        <translation>Sus usuarios ya no podrán iniciar sesión en la organización a través de ella. La conexión en sí permanece en el tenant y los miembros conservan su membresía.</translation>
    </message>
    <message>
        <source>Copy connection ID</source>
        <translation>Copiar ID de conexión</translation>
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
        <translation>Minúsculas, dígitos, - y _; se usa en las URL de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationDialog</name>
    <message>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This deletes the organization %1 with its enabled connections, invitations and memberships. Its members&apos; user accounts stay in the tenant. This cannot be undone.</source>
        <translation>Esto elimina la organización %1 con sus conexiones habilitadas, invitaciones y membresías. Las cuentas de usuario de sus miembros permanecen en el tenant. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Escriba &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
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
        <translation>Habilitar conexión</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Every connection of this tenant is already enabled for the organization.</source>
        <translation>Todas las conexiones de este tenant ya están habilitadas para la organización.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Membresía automática</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Los usuarios que inician sesión mediante esta conexión se convierten en miembros automáticamente (Membership On Authentication en el Dashboard).</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Mostrar como botón</translation>
    </message>
    <message>
        <source>Show the connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Mostrar la conexión como un botón en la pantalla de inicio de sesión de la organización (Display connection as a button).</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a connection of this tenant for %1. Its users can then log in to the organization through it (at most %2 connections per organization).</source>
        <translation>Elija una conexión de este tenant para %1. Sus usuarios podrán entonces iniciar sesión en la organización a través de ella (como máximo %2 conexiones por organización).</translation>
    </message>
    <message>
        <source>Could not load the tenant&apos;s connections.</source>
        <translation>No se pudieron cargar las conexiones del tenant.</translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation>Elija primero una conexión.</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Permitir que los usuarios se registren en la organización desde su pantalla de inicio de sesión (Organization Signup).</translation>
    </message>
    <message>
        <source>Users can sign up to the organization from its login prompt.</source>
        <translation>Los usuarios pueden registrarse en la organización desde su pantalla de inicio de sesión.</translation>
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
        <translation>Enlaces de invitación</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) created. Their links are below; anyone with a link can use it until it expires, so share them only with the invitee.</source>
        <translation>
            <numerusform>%Ln invitación creada. Su enlace aparece abajo; cualquiera que lo tenga puede usarlo hasta que caduque, así que compártalo solo con la persona invitada.</numerusform>
            <numerusform>%Ln invitaciones creadas. Sus enlaces aparecen abajo; cualquiera que tenga un enlace puede usarlo hasta que caduque, así que compártalos solo con cada persona invitada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the invitation link for %1</source>
        <translation>Copiar el enlace de invitación de %1</translation>
    </message>
    <message>
        <source>Link for %1 copied</source>
        <translation>Enlace de %1 copiado</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%Ln enlace copiado</numerusform>
            <numerusform>%Ln enlaces copiados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Revoke invitation</source>
        <translation>Revocar invitación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Caducidad: %1 (%2)</translation>
    </message>
    <message>
        <source>Any connection of the organization</source>
        <translation>Cualquier conexión de la organización</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Invitado por</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>InvitationStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>Filter invitations</source>
        <translation>Filtrar invitaciones</translation>
    </message>
    <message>
        <source>Invite users</source>
        <translation>Invitar usuarios</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Revocar invitaciones</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 de %L2 completadas</translation>
    </message>
    <message>
        <source>Invite people by email to join this organization</source>
        <translation>Invitar a personas por correo a unirse a esta organización</translation>
    </message>
    <message>
        <source>Send the selected invitations again with the same settings; the old ones are then revoked</source>
        <translation>Volver a enviar las invitaciones seleccionadas con la misma configuración; después se revocan las antiguas</translation>
    </message>
    <message>
        <source>Revoke the selected invitations (Delete)</source>
        <translation>Revocar las invitaciones seleccionadas (Supr)</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) loaded so far…</source>
        <translation>
            <numerusform>%Ln invitación cargada hasta ahora…</numerusform>
            <numerusform>%Ln invitaciones cargadas hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%Ln invitación</numerusform>
            <numerusform>%Ln invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 expiring soon</source>
        <translation> · por caducar: %L1</translation>
    </message>
    <message>
        <source> · %1 expired</source>
        <translation> · caducadas: %L1</translation>
    </message>
    <message>
        <source>%1 of %2 invitations match</source>
        <translation>%L1 de %L2 invitaciones coinciden</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %Ln más</numerusform>
            <numerusform>…y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Reenviar invitación</translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) again? Each invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</source>
        <translation>
            <numerusform>¿Volver a enviar %Ln invitación? La persona invitada recibe una nueva invitación con la misma configuración; la antigua se revoca en cuanto existe la nueva.</numerusform>
            <numerusform>¿Volver a enviar %Ln invitaciones? Cada persona invitada recibe una nueva invitación con la misma configuración; la antigua se revoca en cuanto existe la nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revocar invitación</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working; you can invite the same people again later.</source>
        <translation>
            <numerusform>¿Revocar %Ln invitación? Su enlace dejará de funcionar; puede volver a invitar a la misma persona más adelante.</numerusform>
            <numerusform>¿Revocar %Ln invitaciones? Sus enlaces dejarán de funcionar; puede volver a invitar a las mismas personas más adelante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) copied</source>
        <translation>
            <numerusform>%Ln enlace de invitación copiado</numerusform>
            <numerusform>%Ln enlaces de invitación copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Copiar enlace de invitación</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (cancelled): %n invitation(s)</source>
        <translation>
            <numerusform>No enviada (cancelada): %Ln invitación</numerusform>
            <numerusform>No enviadas (canceladas): %Ln invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it yourself.</source>
        <translation>%1: se envió la nueva invitación, pero no se pudo revocar la antigua (%2). Revóquela manualmente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be revoked:</source>
        <translation>
            <numerusform>No se pudo revocar %Ln invitación:</numerusform>
            <numerusform>No se pudieron revocar %Ln invitaciones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be resent:</source>
        <translation>
            <numerusform>No se pudo reenviar %Ln invitación:</numerusform>
            <numerusform>No se pudieron reenviar %Ln invitaciones:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Invitar usuarios</translation>
    </message>
    <message>
        <source>Each address gets its own invitation, with a link to join this organization through the application.</source>
        <translation>Cada dirección recibe su propia invitación, con un enlace para unirse a esta organización a través de la aplicación.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Direcciones de correo</translation>
    </message>
    <message>
        <source>alex@example.com, sam@example.com (separated by commas, spaces or new lines)</source>
        <translation>alex@example.com, sam@example.com (separadas por comas, espacios o saltos de línea)</translation>
    </message>
    <message>
        <source>Separate addresses with commas, spaces or new lines.</source>
        <translation>Separe las direcciones con comas, espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>Inviter name</source>
        <translation>Nombre de quien invita</translation>
    </message>
    <message>
        <source>Shown in the invitation email</source>
        <translation>Se muestra en el correo de invitación</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Filtrar roles por nombre</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Caduca tras</translation>
    </message>
    <message>
        <source>Send invitation email</source>
        <translation>Enviar correo de invitación</translation>
    </message>
    <message>
        <source>App metadata</source>
        <translation>Metadatos de aplicación</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>Objeto JSON opcional, p. ej. {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation>Metadatos de usuario</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;team&quot;: &quot;design&quot;}</source>
        <translation>Objeto JSON opcional, p. ej. {&quot;team&quot;: &quot;design&quot;}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Enviar invitaciones</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>checking whether the earlier attempt arrived…</source>
        <translation>comprobando si llegó el intento anterior…</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>not sent. %1</source>
        <translation>no enviada. %1</translation>
    </message>
    <message>
        <source>not known whether it was sent. %1
Sending again checks the tenant first, so nobody is invited twice.</source>
        <translation>no se sabe si se envió. %1
Al volver a enviar se comprueba primero el tenant, así que nadie recibe dos invitaciones.</translation>
    </message>
    <message>
        <source>The application whose login page the invitation link opens</source>
        <translation>La aplicación cuya página de inicio de sesión abre el enlace de invitación</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Cargando aplicaciones…</translation>
    </message>
    <message>
        <source>No application can take invitations</source>
        <translation>Ninguna aplicación admite invitaciones</translation>
    </message>
    <message>
        <source>None: the invitee picks how to sign up</source>
        <translation>Ninguna: la persona invitada elige cómo registrarse</translation>
    </message>
    <message>
        <source>Optional: the connection the invitee must use</source>
        <translation>Opcional: la conexión que debe usar la persona invitada</translation>
    </message>
    <message>
        <source>Roles the invitee gets in this organization</source>
        <translation>Roles que recibe la persona invitada en esta organización</translation>
    </message>
    <message>
        <source>day (until %1)</source>
        <translation>día (hasta el %1)</translation>
    </message>
    <message>
        <source>days (until %1)</source>
        <translation>días (hasta el %1)</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Introduzca al menos una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Choose the application whose login page the invitation link opens.</source>
        <translation>Elija la aplicación cuya página de inicio de sesión abre el enlace de invitación.</translation>
    </message>
    <message>
        <source>Choose at most %1 roles.</source>
        <translation>Elija como máximo %1 roles.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>%L1 de %L2 invitados</translation>
    </message>
    <message>
        <source>%1 of %2 invitations did not go out; see above. Fix what is wrong and choose Send invitations again: those already sent are not sent twice.</source>
        <translation>%L1 de %L2 invitaciones no se enviaron; vea arriba. Corrija lo que falla y elija de nuevo Enviar invitaciones: las ya enviadas no se envían dos veces.</translation>
    </message>
</context>
<context>
    <name>JsonObjectInput</name>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>«%1» no es un JSON válido: %2 en el carácter %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object in braces, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>«%1» debe ser un objeto JSON entre llaves, como {&quot;plan&quot;: &quot;pro&quot;}.</translation>
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
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>No preview: the address is not a full https:// URL.</source>
        <translation>Sin vista previa: la dirección no es una URL https:// completa.</translation>
    </message>
    <message>
        <source>Loading the logo…</source>
        <translation>Cargando el logotipo…</translation>
    </message>
    <message>
        <source>Could not load the logo: it is larger than 2 MB.</source>
        <translation>No se pudo cargar el logotipo: ocupa más de 2 MB.</translation>
    </message>
    <message>
        <source>Could not load the logo: the request was cancelled.</source>
        <translation>No se pudo cargar el logotipo: se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Could not load the logo: %1</source>
        <translation>No se pudo cargar el logotipo: %1</translation>
    </message>
    <message>
        <source>Could not load the logo: the address did not return an image.</source>
        <translation>No se pudo cargar el logotipo: la dirección no devolvió una imagen.</translation>
    </message>
    <message>
        <source>Logo loaded (%1 × %2)</source>
        <translation>Logotipo cargado (%1 × %2)</translation>
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
        <translation>&amp;Cambiar de tenant</translation>
    </message>
    <message>
        <source>Manage tenants…</source>
        <translation>Administrar tenants…</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
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
        <translation>
            <numerusform>%Ln miembro cargado, cargando el resto…</numerusform>
            <numerusform>%Ln miembros cargados, cargando el resto…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded (not all); sorted among these</source>
        <translation>
            <numerusform>%Ln miembro cargado (no todos); orden solo entre estos</numerusform>
            <numerusform>%Ln miembros cargados (no todos); orden solo entre estos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDelegate</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 admite como máximo %1 claves de metadatos.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used in row %2.</source>
        <translation>La clave «%1» ya se usa en la fila %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>OrgConnectionListModel</name>
    <message>
        <source>Could not load the organization&apos;s connections.</source>
        <translation>No se pudieron cargar las conexiones de la organización.</translation>
    </message>
    <message>
        <source>Signup is available only for database connections.</source>
        <translation>El registro solo está disponible para conexiones de base de datos.</translation>
    </message>
    <message>
        <source>Turn on automatic membership first: Auth0 allows signup only with it.</source>
        <translation>Active primero la membresía automática: Auth0 solo permite el registro con ella.</translation>
    </message>
    <message>
        <source>Could not turn on automatic membership for &quot;%1&quot;.</source>
        <translation>No se pudo activar la membresía automática de «%1».</translation>
    </message>
    <message>
        <source>Could not turn off automatic membership for &quot;%1&quot;.</source>
        <translation>No se pudo desactivar la membresía automática de «%1».</translation>
    </message>
    <message>
        <source>Could not show &quot;%1&quot; as a button.</source>
        <translation>No se pudo mostrar «%1» como botón.</translation>
    </message>
    <message>
        <source>Could not stop showing &quot;%1&quot; as a button.</source>
        <translation>No se pudo dejar de mostrar «%1» como botón.</translation>
    </message>
    <message>
        <source>Could not turn on signup for &quot;%1&quot;.</source>
        <translation>No se pudo activar el registro de «%1».</translation>
    </message>
    <message>
        <source>Could not turn off signup for &quot;%1&quot;.</source>
        <translation>No se pudo desactivar el registro de «%1».</translation>
    </message>
    <message>
        <source>Could not enable &quot;%1&quot;.</source>
        <translation>No se pudo habilitar «%1».</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the organization.</source>
        <translation>No se pudo quitar «%1» de la organización.</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Los usuarios que inician sesión mediante esta conexión se convierten en miembros automáticamente (Membership On Authentication en el Dashboard).</translation>
    </message>
    <message>
        <source>Show this connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Mostrar esta conexión como un botón en la pantalla de inicio de sesión de la organización (Display connection as a button).</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Permitir que los usuarios se registren en la organización desde su pantalla de inicio de sesión (Organization Signup).</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Membresía automática</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Mostrar como botón</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Membership On Authentication: users of this connection join automatically</source>
        <translation>Membership On Authentication: los usuarios de esta conexión se unen automáticamente</translation>
    </message>
    <message>
        <source>Display connection as a button on the organization&apos;s login prompt</source>
        <translation>Mostrar la conexión como botón en la pantalla de inicio de sesión de la organización (Display connection as a button)</translation>
    </message>
    <message>
        <source>Organization Signup: database connections with automatic membership only</source>
        <translation>Organization Signup: solo conexiones de base de datos con membresía automática</translation>
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
        <translation>Introduzca un nombre para mostrar: Auth0 no puede borrarlo una vez establecido.</translation>
    </message>
    <message>
        <source>Set both colours or neither: Auth0 stores the primary and page background colours together.</source>
        <translation>Establezca ambos colores o ninguno: Auth0 guarda juntos el color primario y el de fondo de página.</translation>
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
        <translation>Asignar a miembros</translation>
    </message>
    <message>
        <source>Filter by name, email or user ID</source>
        <translation>Filtrar por nombre, correo o ID de usuario</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Seleccionar los visibles</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add role to member(s)</source>
        <translation>Agregar rol a miembros</translation>
    </message>
    <message>
        <source>Assign %1 to members</source>
        <translation>Asignar %1 a miembros</translation>
    </message>
    <message>
        <source>Choose the members of this organization who should hold the role &lt;b&gt;%1&lt;/b&gt;. Members who already hold it are not listed.</source>
        <translation>Elija los miembros de esta organización que deben tener el rol &lt;b&gt;%1&lt;/b&gt;. Los miembros que ya lo tienen no aparecen en la lista.</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrar miembros</translation>
    </message>
    <message>
        <source>Every member of this organization already holds %1.</source>
        <translation>Todos los miembros de esta organización ya tienen %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) selected</source>
        <translation>
            <numerusform>%Ln miembro seleccionado</numerusform>
            <numerusform>%Ln miembros seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 de %L2 mostrados</translation>
    </message>
    <message numerus="yes">
        <source>Add role to %n member(s)</source>
        <translation>
            <numerusform>Agregar rol a %Ln miembro</numerusform>
            <numerusform>Agregar rol a %Ln miembros</numerusform>
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
    <name>RoleChangeText</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %Ln más</numerusform>
            <numerusform>…y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>Asignando %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Quitando %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n member(s).</source>
        <translation>
            <numerusform>%1 asignado a %Ln miembro.</numerusform>
            <numerusform>%1 asignado a %Ln miembros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n member(s).</source>
        <translation>
            <numerusform>%1 quitado a %Ln miembro.</numerusform>
            <numerusform>%1 quitado a %Ln miembros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the role %1 from %n member(s)? They stay members of this organization.</source>
        <translation>
            <numerusform>¿Quitar el rol %1 a %Ln miembro? Seguirá siendo miembro de esta organización.</numerusform>
            <numerusform>¿Quitar el rol %1 a %Ln miembros? Seguirán siendo miembros de esta organización.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>No enviado (cancelado): %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 member(s) did not change; the other %4 are done and will not be sent again.</source>
        <translation>%1: %L2 de %L3 miembros no cambiaron; los %L4 restantes ya se completaron y no se volverán a enviar.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleHoldersModel</name>
    <message>
        <source>Remove %1 from this member</source>
        <translation>Quitar %1 a este miembro</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar rol</translation>
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
</context>
<context>
    <name>RoleHoldersText</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%Ln con este rol</numerusform>
            <numerusform>%Ln con este rol</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 holders match</source>
        <translation>%L1 de %L2 con este rol coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the organization</source>
        <translation>
            <numerusform>%Ln miembro en la organización</numerusform>
            <numerusform>%Ln miembros en la organización</numerusform>
        </translation>
    </message>
    <message>
        <source>among the first %L1 of %L2 members</source>
        <translation>entre los primeros %L1 de %L2 miembros</translation>
    </message>
    <message>
        <source>among the first %L1 members</source>
        <translation>entre los primeros %L1 miembros</translation>
    </message>
    <message>
        <source>Select a role to see who in this organization holds it.</source>
        <translation>Seleccione un rol para ver quién lo tiene en esta organización.</translation>
    </message>
    <message>
        <source>Looking for members who hold %1…</source>
        <translation>Buscando miembros con el rol %1…</translation>
    </message>
    <message>
        <source>The members of this organization could not be loaded. Press F5 to try again.</source>
        <translation>No se pudieron cargar los miembros de esta organización. Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message>
        <source>None of the %L1 members loaded so far holds %2. Press F5 to load all of them.</source>
        <translation>Ninguno de los %L1 miembros cargados hasta ahora tiene %2. Pulse F5 para cargarlos todos.</translation>
    </message>
    <message>
        <source>No member of this organization holds %1. Use “Assign to members…” to give it to some.</source>
        <translation>Ningún miembro de esta organización tiene %1. Use «Asignar a miembros…» para asignárselo a algunos.</translation>
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
        <translation>Filtrar roles por nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Copy role ID</source>
        <translation>Copiar ID del rol</translation>
    </message>
    <message>
        <source>Copy role name</source>
        <translation>Copiar nombre del rol</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Cargando roles…</translation>
    </message>
    <message>
        <source>%1 of %2 roles match</source>
        <translation>%L1 de %L2 roles coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%Ln rol</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Filter holders</source>
        <translation>Filtrar miembros con el rol</translation>
    </message>
    <message>
        <source>Assign to members…</source>
        <translation>Asignar a miembros…</translation>
    </message>
    <message>
        <source>Remove from selected</source>
        <translation>Quitar a los seleccionados</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Miembros con el rol</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Loading members… %L1 of %L2</source>
        <translation>Cargando miembros… %L1 de %L2</translation>
    </message>
    <message>
        <source>Loading members… %L1</source>
        <translation>Cargando miembros… %L1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %L2 de %L3 completados</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Assign to members</source>
        <translation>Asignar a miembros</translation>
    </message>
    <message>
        <source>This organization has no members yet. Add members in the Members tab first.</source>
        <translation>Esta organización aún no tiene miembros. Agregue primero miembros en la pestaña Miembros.</translation>
    </message>
    <message>
        <source>Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.</source>
        <translation>Solo se muestran los %L1 miembros cargados hasta ahora; pulse F5 en la pestaña Roles para cargarlos todos.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar rol</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n member(s)</source>
        <translation>
            <numerusform>Reintentar %Ln miembro</numerusform>
            <numerusform>Reintentar %Ln miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copiar ID de usuario</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copiar correo</translation>
    </message>
    <message>
        <source>Wait until the change in progress is done.</source>
        <translation>Espere a que termine el cambio en curso.</translation>
    </message>
    <message>
        <source>Wait until the members are loaded, or cancel loading.</source>
        <translation>Espere a que se carguen los miembros o cancele la carga.</translation>
    </message>
    <message>
        <source>Give %1 to members of this organization who do not hold it yet</source>
        <translation>Asignar %1 a los miembros de esta organización que aún no lo tienen</translation>
    </message>
    <message>
        <source>Remove %1 from the selected members (Delete)</source>
        <translation>Quitar %1 a los miembros seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Select the members to take %1 from</source>
        <translation>Seleccione los miembros a los que quitar %1</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre para &amp;mostrar</translation>
    </message>
    <message>
        <source>Shown to users on the login prompt</source>
        <translation>Se muestra a los usuarios en la pantalla de inicio de sesión</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>URL del &amp;logotipo</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Primary colour</source>
        <translation>Color &amp;primario</translation>
    </message>
    <message>
        <source>#0059d6</source>
        <translation>#0059d6</translation>
    </message>
    <message>
        <source>Page &amp;background colour</source>
        <translation>Color de &amp;fondo de página</translation>
    </message>
    <message>
        <source>#ffffff</source>
        <translation>#ffffff</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zona de peligro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete this organization&lt;/b&gt;&lt;br&gt;Its connections, invitations and memberships go with it; users stay in the tenant. This cannot be undone.</source>
        <translation>&lt;b&gt;Eliminar esta organización&lt;/b&gt;&lt;br&gt;Con ella se eliminan sus conexiones, invitaciones y membresías; los usuarios permanecen en el tenant. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>URL del logotipo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Color primario</translation>
    </message>
    <message>
        <source>Page background colour</source>
        <translation>Color de fondo de página</translation>
    </message>
    <message>
        <source>Pick primary colour</source>
        <translation>Elegir color primario</translation>
    </message>
    <message>
        <source>Pick page background colour</source>
        <translation>Elegir color de fondo de página</translation>
    </message>
    <message>
        <source>Up to %1 keys. Keys and values are text of at most %2 characters.</source>
        <translation>Hasta %1 claves. Las claves y los valores son textos de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Load the organization&apos;s settings again and discard your unsaved changes?</source>
        <translation>¿Volver a cargar la configuración de la organización y descartar los cambios no guardados?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%L1 de %L2 claves</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>Add a key and value</source>
        <translation>Agregar una clave y un valor</translation>
    </message>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 admite como máximo %1 claves de metadatos.</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Quitar las filas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Corrija esto primero: %1</translation>
    </message>
    <message>
        <source>Send the changes to the tenant (Ctrl+S)</source>
        <translation>Enviar los cambios al tenant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put back what the tenant holds</source>
        <translation>Restablecer los valores guardados en el tenant</translation>
    </message>
    <message>
        <source>Delete this organization from the tenant</source>
        <translation>Eliminar esta organización del tenant</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Cambios sin guardar</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>No se envió nada. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The changes were not saved; they are still here.</source>
        <translation>Los cambios no se guardaron; siguen aquí.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>The organization was not deleted.</source>
        <translation>La organización no se eliminó.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to this organization&apos;s settings?</source>
        <translation>¿Descartar los cambios sin guardar en la configuración de esta organización?</translation>
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
        <translation>Tenants</translation>
    </message>
    <message>
        <source>The tenants OrgConsole knows. Removing a tenant also deletes its client secret and cached token from your keychain.</source>
        <translation>Los tenants que conoce OrgConsole. Al quitar un tenant también se eliminan de su llavero su secreto de cliente y su token en caché.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Switch to tenant</source>
        <translation>Cambiar al tenant</translation>
    </message>
    <message>
        <source>Add tenant…</source>
        <translation>Agregar tenant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Quitar tenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot; (%2)? Its client secret and cached token are deleted from your keychain. The tenant itself is not changed.</source>
        <translation>¿Quitar el tenant «%1» (%2)? Su secreto de cliente y su token en caché se eliminan de su llavero. El tenant en sí no se modifica.</translation>
    </message>
    <message>
        <source>It is open now and will be closed.</source>
        <translation>Está abierto ahora y se cerrará.</translation>
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
