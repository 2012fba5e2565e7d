<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OrgConsole</source>
        <translation>About OrgConsole</translation>
    </message>
    <message>
        <source>A desktop console for Auth0 Organizations.</source>
        <translation>A desktop console for Auth0 Organizations.</translation>
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
        <translation>Keychain</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT License</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copies the version, Qt, keychain and system lines for a bug report.</source>
        <translation>Copies the version, Qt, keychain and system lines for a bug report.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Third-party notices</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>OrgConsole uses the Qt libraries under the GNU Lesser General Public License version 3 (LGPLv3). Qt is Copyright (C) The Qt Company Ltd. and other contributors. You may replace the Qt libraries OrgConsole uses with your own build; Qt&apos;s source code is available from %1.</source>
        <translation>OrgConsole uses the Qt libraries under the GNU Lesser General Public License version 3 (LGPLv3). Qt is Copyright (C) The Qt Company Ltd. and other contributors. You may replace the Qt libraries OrgConsole uses with your own build; Qt&apos;s source code is available from %1.</translation>
    </message>
    <message>
        <source>GNU LGPLv3 license text</source>
        <translation>GNU LGPLv3 license text</translation>
    </message>
    <message>
        <source>Qt&apos;s LGPL obligations</source>
        <translation>Qt&apos;s LGPL obligations</translation>
    </message>
    <message>
        <source>OrgConsole keeps secrets in the system keychain through QtKeychain, used under the BSD 3-Clause License:</source>
        <translation>OrgConsole keeps secrets in the system keychain through QtKeychain, used under the BSD 3-Clause License:</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add users</source>
        <translation>Add users</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members. To add people who do not have an account yet, invite them instead.</source>
        <translation>Add existing users of this tenant as members. To add people who do not have an account yet, invite them instead.</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Search users</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Search users by email or name</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Paste a list</translation>
    </message>
    <message>
        <source>Paste email addresses or user IDs, separated by commas, spaces or new lines.</source>
        <translation>Paste email addresses or user IDs, separated by commas, spaces or new lines.</translation>
    </message>
    <message>
        <source>Email addresses or user IDs</source>
        <translation>Email addresses or user IDs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add user(s) to organization</source>
        <translation>Add user(s) to organization</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%Ln user found</numerusform>
            <numerusform>%Ln users found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%Ln user selected</numerusform>
            <numerusform>%Ln users selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No user has these email addresses; invite them instead: %1</source>
        <translation>No user has these email addresses; invite them instead: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the tenant (%1).</source>
        <translation>Could not reach the tenant (%1).</translation>
    </message>
    <message>
        <source>The tenant did not answer in time.</source>
        <translation>The tenant did not answer in time.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so nothing was sent (%1).</source>
        <translation>The tenant&apos;s certificate could not be verified, so nothing was sent (%1).</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (%1).</source>
        <translation>The tenant&apos;s answer could not be read (%1).</translation>
    </message>
    <message>
        <source>The tenant did not accept the token (%1). Sign in again.</source>
        <translation>The tenant did not accept the token (%1). Sign in again.</translation>
    </message>
    <message>
        <source>The token is not allowed to do this (%1).</source>
        <translation>The token is not allowed to do this (%1).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope needed for this. Grant it to the application in the Auth0 Dashboard, then sign in again.</source>
        <translation>The token lacks the %1 scope needed for this. Grant it to the application in the Auth0 Dashboard, then sign in again.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was reached and did not clear in time. Try again in a minute.</source>
        <translation>The tenant&apos;s rate limit was reached and did not clear in time. Try again in a minute.</translation>
    </message>
    <message>
        <source>The tenant had a problem (HTTP %1). Try again later.</source>
        <translation>The tenant had a problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation>The tenant refused the request: %1</translation>
    </message>
    <message>
        <source>It is not known whether the change was made: the answer was lost. Check the current state before trying again.</source>
        <translation>It is not known whether the change was made: the answer was lost. Check the current state before trying again.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demo tenant</translation>
    </message>
    <message>
        <source>The demo tenant could not be started.</source>
        <translation>The demo tenant could not be started.</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign role</source>
        <translation>Assign role</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Filter roles by name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add role(s) to organization</source>
        <translation>Add role(s) to organization</translation>
    </message>
    <message>
        <source>Choose the roles to assign to %1 in this organization.</source>
        <translation>Choose the roles to assign to %1 in this organization.</translation>
    </message>
    <message>
        <source>%1 (already assigned)</source>
        <translation>%1 (already assigned)</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) selected</source>
        <translation>
            <numerusform>%Ln role selected</numerusform>
            <numerusform>%Ln roles selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory until OrgConsole quits and will have to be entered again next time.</source>
        <translation>The system keychain is not available (%1). Secrets are kept in memory until OrgConsole quits and will have to be entered again next time.</translation>
    </message>
</context>
<context>
    <name>AuthFailure</name>
    <message>
        <source>Enter the client secret for this tenant profile to sign in.</source>
        <translation>Enter the client secret for this tenant profile to sign in.</translation>
    </message>
    <message>
        <source>The tenant rejected the client ID or client secret. Check both in the profile.</source>
        <translation>The tenant rejected the client ID or client secret. Check both in the profile.</translation>
    </message>
    <message>
        <source>The application is not authorized for the Management API of this tenant (%1). Check its grant and the profile&apos;s audience.</source>
        <translation>The application is not authorized for the Management API of this tenant (%1). Check its grant and the profile&apos;s audience.</translation>
    </message>
    <message>
        <source>The pasted token expired on %1. Copy a new token from the Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) and paste it again.</source>
        <translation>The pasted token expired on %1. Copy a new token from the Auth0 Dashboard (APIs &gt; Auth0 Management API &gt; API Explorer) and paste it again.</translation>
    </message>
    <message>
        <source>The pasted text is not a Management API token (%1).</source>
        <translation>The pasted text is not a Management API token (%1).</translation>
    </message>
    <message>
        <source>The tenant no longer accepts the pasted token. Paste a new one.</source>
        <translation>The tenant no longer accepts the pasted token. Paste a new one.</translation>
    </message>
    <message>
        <source>The tenant is limiting token requests. Try again in a minute.</source>
        <translation>The tenant is limiting token requests. Try again in a minute.</translation>
    </message>
    <message>
        <source>Could not reach the tenant to sign in (%1).</source>
        <translation>Could not reach the tenant to sign in (%1).</translation>
    </message>
    <message>
        <source>Signing in to the tenant took too long. Check the network and try again.</source>
        <translation>Signing in to the tenant took too long. Check the network and try again.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate could not be verified, so OrgConsole did not send the credentials (%1).</source>
        <translation>The tenant&apos;s certificate could not be verified, so OrgConsole did not send the credentials (%1).</translation>
    </message>
    <message>
        <source>The tenant could not issue a token (%1). Try again later.</source>
        <translation>The tenant could not issue a token (%1). Try again later.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>The token lacks the %1 scope needed to %2.</source>
        <translation>The token lacks the %1 scope needed to %2.</translation>
    </message>
    <message>
        <source>The token lacks the scopes %1 needed to %2.</source>
        <translation>The token lacks the scopes %1 needed to %2.</translation>
    </message>
    <message>
        <source>list organizations</source>
        <translation>list organizations</translation>
    </message>
    <message>
        <source>open an organization</source>
        <translation>open an organization</translation>
    </message>
    <message>
        <source>find an organization by name</source>
        <translation>find an organization by name</translation>
    </message>
    <message>
        <source>create organizations</source>
        <translation>create organizations</translation>
    </message>
    <message>
        <source>edit organizations</source>
        <translation>edit organizations</translation>
    </message>
    <message>
        <source>delete organizations</source>
        <translation>delete organizations</translation>
    </message>
    <message>
        <source>list an organization&apos;s connections</source>
        <translation>list an organization&apos;s connections</translation>
    </message>
    <message>
        <source>enable connections</source>
        <translation>enable connections</translation>
    </message>
    <message>
        <source>change enabled connections</source>
        <translation>change enabled connections</translation>
    </message>
    <message>
        <source>disable connections</source>
        <translation>disable connections</translation>
    </message>
    <message>
        <source>list members</source>
        <translation>list members</translation>
    </message>
    <message>
        <source>list members with their roles</source>
        <translation>list members with their roles</translation>
    </message>
    <message>
        <source>add members</source>
        <translation>add members</translation>
    </message>
    <message>
        <source>remove members</source>
        <translation>remove members</translation>
    </message>
    <message>
        <source>list member roles</source>
        <translation>list member roles</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>assign roles</translation>
    </message>
    <message>
        <source>remove roles</source>
        <translation>remove roles</translation>
    </message>
    <message>
        <source>list invitations</source>
        <translation>list invitations</translation>
    </message>
    <message>
        <source>invite users</source>
        <translation>invite users</translation>
    </message>
    <message>
        <source>revoke invitations</source>
        <translation>revoke invitations</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>list roles</translation>
    </message>
    <message>
        <source>search users</source>
        <translation>search users</translation>
    </message>
    <message>
        <source>list a user&apos;s organizations</source>
        <translation>list a user&apos;s organizations</translation>
    </message>
    <message>
        <source>list applications</source>
        <translation>list applications</translation>
    </message>
    <message>
        <source>list connections</source>
        <translation>list connections</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Displays the version, the Qt version and the keychain in use.</source>
        <translation>Displays the version, the Qt version and the keychain in use.</translation>
    </message>
    <message>
        <source>Opens the built-in demo tenant.</source>
        <translation>Opens the built-in demo tenant.</translation>
    </message>
    <message>
        <source>Desktop console for Auth0 Organizations.</source>
        <translation>Desktop console for Auth0 Organizations.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a tenant</source>
        <translation>Connect a tenant</translation>
    </message>
    <message>
        <source>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</source>
        <translation>Use a machine-to-machine application authorized for the Auth0 Management API. Its client secret is kept in your system keychain, never in a file.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
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
        <translation>your-tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Client &amp;secret</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Remember in keychain</translation>
    </message>
    <message>
        <source>Paste a Management API token instead</source>
        <translation>Paste a Management API token instead</translation>
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
        <translation>Granted scopes and what they enable</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Enables</source>
        <translation>Enables</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation>Open tenant</translation>
    </message>
    <message>
        <source>https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)</source>
        <translation>https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>Edit tenant</translation>
    </message>
    <message>
        <source>Leave empty to use the secret in your keychain</source>
        <translation>Leave empty to use the secret in your keychain</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory until OrgConsole closes.</source>
        <translation>No keychain is available: the secret is kept in memory until OrgConsole closes.</translation>
    </message>
    <message>
        <source>Paste a Management API token.</source>
        <translation>Paste a Management API token.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client secret.</source>
        <translation>Enter the application&apos;s client secret.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <source>(not stated by the token)</source>
        <translation>(not stated by the token)</translation>
    </message>
    <message>
        <source>The tenant decides on each request; refused actions will name the missing scope.</source>
        <translation>The tenant decides on each request; refused actions will name the missing scope.</translation>
    </message>
    <message>
        <source>not used by OrgConsole</source>
        <translation>not used by OrgConsole</translation>
    </message>
    <message>
        <source>Not granted: cannot %1</source>
        <translation>Not granted: cannot %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>Connections the organization&apos;s members can log in with.</source>
        <translation>Connections the organization&apos;s members can log in with.</translation>
    </message>
    <message>
        <source>Enable connection</source>
        <translation>Enable connection</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Ticking a box changes the connection on the tenant at once. Signup is for database connections with automatic membership.</source>
        <translation>Ticking a box changes the connection on the tenant at once. Signup is for database connections with automatic membership.</translation>
    </message>
    <message>
        <source>An organization can have at most %1 connections.</source>
        <translation>An organization can have at most %L1 connections.</translation>
    </message>
    <message>
        <source>Enable one of the tenant&apos;s connections for this organization</source>
        <translation>Enable one of the tenant&apos;s connections for this organization</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Loading connections…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 of %2 connections enabled</source>
        <translation>%L1 of %L2 connections enabled</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Disable the connection &quot;%1&quot; for this organization?</source>
        <translation>Disable the connection &quot;%1&quot; for this organization?</translation>
    </message>
    <message>
        <source>Its users can no longer log in to the organization through it. The connection itself stays in the tenant, and members keep their membership.</source>
        <translation>Its users can no longer log in to the organization through it. The connection itself stays in the tenant, and members keep their membership.</translation>
    </message>
    <message>
        <source>Copy connection ID</source>
        <translation>Copy connection ID</translation>
    </message>
</context>
<context>
    <name>CreateOrganizationDialog</name>
    <message>
        <source>Create organization</source>
        <translation>Create organization</translation>
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
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation>Acme Corporation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, - and _; used in login URLs.</source>
        <translation>Lowercase letters, digits, - and _; used in login URLs.</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationDialog</name>
    <message>
        <source>Delete organization</source>
        <translation>Delete organization</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This deletes the organization %1 with its enabled connections, invitations and memberships. Its members&apos; user accounts stay in the tenant. This cannot be undone.</source>
        <translation>This deletes the organization %1 with its enabled connections, invitations and memberships. Its members&apos; user accounts stay in the tenant. This cannot be undone.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Type %1 to confirm</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demo tenant</translation>
    </message>
</context>
<context>
    <name>EnableConnectionDialog</name>
    <message>
        <source>Enable connection</source>
        <translation>Enable connection</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Every connection of this tenant is already enabled for the organization.</source>
        <translation>Every connection of this tenant is already enabled for the organization.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Automatic membership</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Show as button</translation>
    </message>
    <message>
        <source>Show the connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Show the connection as a button on the organization&apos;s login prompt (Display connection as a button).</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Signup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a connection of this tenant for %1. Its users can then log in to the organization through it (at most %2 connections per organization).</source>
        <translation>Choose a connection of this tenant for %1. Its users can then log in to the organization through it (at most %L2 connections per organization).</translation>
    </message>
    <message>
        <source>Could not load the tenant&apos;s connections.</source>
        <translation>Could not load the tenant&apos;s connections.</translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation>Choose a connection first.</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Let users sign up to the organization from its login prompt (Organization Signup).</translation>
    </message>
    <message>
        <source>Users can sign up to the organization from its login prompt.</source>
        <translation>Users can sign up to the organization from its login prompt.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Auth0 says: %1%2</source>
        <translation>Auth0 says: %1%2</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>Enter a name for the organization.</source>
        <translation>Enter a name for the organization.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>The name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits, hyphens (-) and underscores (_).</source>
        <translation>Use only lowercase letters, digits, hyphens (-) and underscores (_).</translation>
    </message>
    <message>
        <source>The display name can have at most %1 characters.</source>
        <translation>The display name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Enter an email address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>Enter the inviter&apos;s name: it appears in the invitation email.</source>
        <translation>Enter the inviter&apos;s name: it appears in the invitation email.</translation>
    </message>
    <message>
        <source>The inviter&apos;s name can have at most %1 characters.</source>
        <translation>The inviter&apos;s name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The logo URL must be a full https:// address.</source>
        <translation>The logo URL must be a full https:// address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: use #RGB or #RRGGBB.</source>
        <translation>&quot;%1&quot; is not a colour: use #RGB or #RRGGBB.</translation>
    </message>
    <message>
        <source>Metadata keys cannot be empty.</source>
        <translation>Metadata keys cannot be empty.</translation>
    </message>
    <message>
        <source>Metadata keys can have at most %1 characters.</source>
        <translation>Metadata keys can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Metadata values can have at most %1 characters.</source>
        <translation>Metadata values can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s domain, for example example.eu.auth0.com.</source>
        <translation>Enter your tenant&apos;s domain, for example example.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Enter the domain only, without https://.</source>
        <translation>Enter the domain only, without https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>&quot;%1&quot; is not a domain name.</translation>
    </message>
</context>
<context>
    <name>InvitationLinksDialog</name>
    <message>
        <source>Invitation links</source>
        <translation>Invitation links</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invitee</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) created. Their links are below; anyone with a link can use it until it expires, so share them only with the invitee.</source>
        <translation>
            <numerusform>%Ln invitation created. Its link is below; anyone with the link can use it until it expires, so share it only with the invitee.</numerusform>
            <numerusform>%Ln invitations created. Their links are below; anyone with a link can use it until it expires, so share each only with its invitee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the invitation link for %1</source>
        <translation>Copy the invitation link for %1</translation>
    </message>
    <message>
        <source>Link for %1 copied</source>
        <translation>Link for %1 copied</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%Ln link copied</numerusform>
            <numerusform>%Ln links copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationListModel</name>
    <message>
        <source>Revoke invitation</source>
        <translation>Revoke invitation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Expires %1 (%2)</translation>
    </message>
    <message>
        <source>Any connection of the organization</source>
        <translation>Any connection of the organization</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invitee</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
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
        <translation>Pending</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>Filter invitations</source>
        <translation>Filter invitations</translation>
    </message>
    <message>
        <source>Invite users</source>
        <translation>Invite users</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Revoke invitations</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 of %L2 done</translation>
    </message>
    <message>
        <source>Invite people by email to join this organization</source>
        <translation>Invite people by email to join this organization</translation>
    </message>
    <message>
        <source>Send the selected invitations again with the same settings; the old ones are then revoked</source>
        <translation>Send the selected invitations again with the same settings; the old ones are then revoked</translation>
    </message>
    <message>
        <source>Revoke the selected invitations (Delete)</source>
        <translation>Revoke the selected invitations (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) loaded so far…</source>
        <translation>
            <numerusform>%Ln invitation loaded so far…</numerusform>
            <numerusform>%Ln invitations loaded so far…</numerusform>
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
        <translation> · %L1 expiring soon</translation>
    </message>
    <message>
        <source> · %1 expired</source>
        <translation> · %L1 expired</translation>
    </message>
    <message>
        <source>%1 of %2 invitations match</source>
        <translation>%L1 of %L2 invitations match</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Resend invitation</translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) again? Each invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</source>
        <translation>
            <numerusform>Send %Ln invitation again? The invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</numerusform>
            <numerusform>Send %Ln invitations again? Each invitee gets a new invitation with the same settings; the old one is revoked once the new one exists.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revoke invitation</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working; you can invite the same people again later.</source>
        <translation>
            <numerusform>Revoke %Ln invitation? Its link stops working; you can invite the same person again later.</numerusform>
            <numerusform>Revoke %Ln invitations? Their links stop working; you can invite the same people again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) copied</source>
        <translation>
            <numerusform>%Ln invitation link copied</numerusform>
            <numerusform>%Ln invitation links copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy invitation link</source>
        <translation>Copy invitation link</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (cancelled): %n invitation(s)</source>
        <translation>
            <numerusform>Not sent (cancelled): %Ln invitation</numerusform>
            <numerusform>Not sent (cancelled): %Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it yourself.</source>
        <translation>%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it yourself.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be revoked:</source>
        <translation>
            <numerusform>%Ln invitation could not be revoked:</numerusform>
            <numerusform>%Ln invitations could not be revoked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be resent:</source>
        <translation>
            <numerusform>%Ln invitation could not be resent:</numerusform>
            <numerusform>%Ln invitations could not be resent:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Invite users</translation>
    </message>
    <message>
        <source>Each address gets its own invitation, with a link to join this organization through the application.</source>
        <translation>Each address gets its own invitation, with a link to join this organization through the application.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Email addresses</translation>
    </message>
    <message>
        <source>alex@example.com, sam@example.com (separated by commas, spaces or new lines)</source>
        <translation>alex@example.com, sam@example.com (separated by commas, spaces or new lines)</translation>
    </message>
    <message>
        <source>Separate addresses with commas, spaces or new lines.</source>
        <translation>Separate addresses with commas, spaces or new lines.</translation>
    </message>
    <message>
        <source>Inviter name</source>
        <translation>Inviter name</translation>
    </message>
    <message>
        <source>Shown in the invitation email</source>
        <translation>Shown in the invitation email</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Filter roles by name</source>
        <translation>Filter roles by name</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Expires after</translation>
    </message>
    <message>
        <source>Send invitation email</source>
        <translation>Send invitation email</translation>
    </message>
    <message>
        <source>App metadata</source>
        <translation>App metadata</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>Optional JSON object, e.g. {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation>User metadata</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;team&quot;: &quot;design&quot;}</source>
        <translation>Optional JSON object, e.g. {&quot;team&quot;: &quot;design&quot;}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Send invitations</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>checking whether the earlier attempt arrived…</source>
        <translation>checking whether the earlier attempt arrived…</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>not sent. %1</source>
        <translation>not sent. %1</translation>
    </message>
    <message>
        <source>not known whether it was sent. %1
Sending again checks the tenant first, so nobody is invited twice.</source>
        <translation>not known whether it was sent. %1
Sending again checks the tenant first, so nobody is invited twice.</translation>
    </message>
    <message>
        <source>The application whose login page the invitation link opens</source>
        <translation>The application whose login page the invitation link opens</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Loading applications…</translation>
    </message>
    <message>
        <source>No application can take invitations</source>
        <translation>No application can take invitations</translation>
    </message>
    <message>
        <source>None: the invitee picks how to sign up</source>
        <translation>None: the invitee picks how to sign up</translation>
    </message>
    <message>
        <source>Optional: the connection the invitee must use</source>
        <translation>Optional: the connection the invitee must use</translation>
    </message>
    <message>
        <source>Roles the invitee gets in this organization</source>
        <translation>Roles the invitee gets in this organization</translation>
    </message>
    <message>
        <source>day (until %1)</source>
        <translation>day (until %1)</translation>
    </message>
    <message>
        <source>days (until %1)</source>
        <translation>days (until %1)</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Enter at least one email address.</translation>
    </message>
    <message>
        <source>Choose the application whose login page the invitation link opens.</source>
        <translation>Choose the application whose login page the invitation link opens.</translation>
    </message>
    <message>
        <source>Choose at most %1 roles.</source>
        <translation>Choose at most %L1 roles.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 invited</source>
        <translation>%L1 of %L2 invited</translation>
    </message>
    <message>
        <source>%1 of %2 invitations did not go out; see above. Fix what is wrong and choose Send invitations again: those already sent are not sent twice.</source>
        <translation>%L1 of %L2 invitations did not go out; see above. Fix what is wrong and choose Send invitations again: those already sent are not sent twice.</translation>
    </message>
</context>
<context>
    <name>JsonObjectInput</name>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 is not valid JSON: %2 at character %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object in braces, like {&quot;plan&quot;: &quot;pro&quot;}.</source>
        <translation>%1 must be a JSON object in braces, like {&quot;plan&quot;: &quot;pro&quot;}.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>in less than a minute</source>
        <translation>in less than a minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %Ln minute</numerusform>
            <numerusform>in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %Ln hour</numerusform>
            <numerusform>in %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %Ln month</numerusform>
            <numerusform>in %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %Ln year</numerusform>
            <numerusform>in %Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
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
        <translation>Logo preview</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>No preview: the address is not a full https:// URL.</source>
        <translation>No preview: the address is not a full https:// URL.</translation>
    </message>
    <message>
        <source>Loading the logo…</source>
        <translation>Loading the logo…</translation>
    </message>
    <message>
        <source>Could not load the logo: it is larger than 2 MB.</source>
        <translation>Could not load the logo: it is larger than 2 MB.</translation>
    </message>
    <message>
        <source>Could not load the logo: the request was cancelled.</source>
        <translation>Could not load the logo: the request was cancelled.</translation>
    </message>
    <message>
        <source>Could not load the logo: %1</source>
        <translation>Could not load the logo: %1</translation>
    </message>
    <message>
        <source>Could not load the logo: the address did not return an image.</source>
        <translation>Could not load the logo: the address did not return an image.</translation>
    </message>
    <message>
        <source>Logo loaded (%1 × %2)</source>
        <translation>Logo loaded (%1 × %2)</translation>
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
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Connect a tenant…</source>
        <translation>Connect a tenant…</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Open the demo tenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About OrgConsole</source>
        <translation>&amp;About OrgConsole</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Rate limit: %L1 of %L2 left</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>No tenant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo tenant</translation>
    </message>
    <message>
        <source>%1 (%2) — OrgConsole</source>
        <translation>%1 (%2) — OrgConsole</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>&amp;Switch tenant</source>
        <translation>&amp;Switch tenant</translation>
    </message>
    <message>
        <source>Manage tenants…</source>
        <translation>Manage tenants…</translation>
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
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Roles need the read:organization_member_roles scope.</source>
        <translation>Roles need the read:organization_member_roles scope.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>MemberRolesDialog</name>
    <message>
        <source>Member roles</source>
        <translation>Member roles</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Assign role</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 in this organization?</source>
        <translation>Remove the role &quot;%1&quot; from %2 in this organization?</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Filter members</source>
        <translation>Filter members</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Add members</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Assign role</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Remove members</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%L1 of %L2 done</translation>
    </message>
    <message>
        <source>Add existing users of this tenant as members</source>
        <translation>Add existing users of this tenant as members</translation>
    </message>
    <message>
        <source>Assign roles to the selected members</source>
        <translation>Assign roles to the selected members</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>Remove the selected members (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln member loaded, more on scroll</numerusform>
            <numerusform>%Ln members loaded, more on scroll</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded members match</source>
        <translation>%L1 of %L2 loaded members match</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from this organization? Their user accounts stay in the tenant.</source>
        <translation>
            <numerusform>Remove %Ln member from this organization? Their user account stays in the tenant.</numerusform>
            <numerusform>Remove %Ln members from this organization? Their user accounts stay in the tenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copy user ID</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>Not sent (cancelled): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not go through:</source>
        <translation>
            <numerusform>%Ln change did not go through:</numerusform>
            <numerusform>%Ln changes did not go through:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded, loading the rest…</source>
        <translation>
            <numerusform>%Ln member loaded, loading the rest…</numerusform>
            <numerusform>%Ln members loaded, loading the rest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded (not all); sorted among these</source>
        <translation>
            <numerusform>%Ln member loaded (not all); sorted among these</numerusform>
            <numerusform>%Ln members loaded (not all); sorted among these</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDelegate</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 allows at most %L1 metadata keys.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already used in row %2.</source>
        <translation>The key &quot;%1&quot; is already used in row %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>OrgConnectionListModel</name>
    <message>
        <source>Could not load the organization&apos;s connections.</source>
        <translation>Could not load the organization&apos;s connections.</translation>
    </message>
    <message>
        <source>Signup is available only for database connections.</source>
        <translation>Signup is available only for database connections.</translation>
    </message>
    <message>
        <source>Turn on automatic membership first: Auth0 allows signup only with it.</source>
        <translation>Turn on automatic membership first: Auth0 allows signup only with it.</translation>
    </message>
    <message>
        <source>Could not turn on automatic membership for &quot;%1&quot;.</source>
        <translation>Could not turn on automatic membership for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not turn off automatic membership for &quot;%1&quot;.</source>
        <translation>Could not turn off automatic membership for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not show &quot;%1&quot; as a button.</source>
        <translation>Could not show &quot;%1&quot; as a button.</translation>
    </message>
    <message>
        <source>Could not stop showing &quot;%1&quot; as a button.</source>
        <translation>Could not stop showing &quot;%1&quot; as a button.</translation>
    </message>
    <message>
        <source>Could not turn on signup for &quot;%1&quot;.</source>
        <translation>Could not turn on signup for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not turn off signup for &quot;%1&quot;.</source>
        <translation>Could not turn off signup for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not enable &quot;%1&quot;.</source>
        <translation>Could not enable &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the organization.</source>
        <translation>Could not remove &quot;%1&quot; from the organization.</translation>
    </message>
    <message>
        <source>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</source>
        <translation>Users who log in through this connection become members automatically (Membership On Authentication in the Dashboard).</translation>
    </message>
    <message>
        <source>Show this connection as a button on the organization&apos;s login prompt (Display connection as a button).</source>
        <translation>Show this connection as a button on the organization&apos;s login prompt (Display connection as a button).</translation>
    </message>
    <message>
        <source>Let users sign up to the organization from its login prompt (Organization Signup).</source>
        <translation>Let users sign up to the organization from its login prompt (Organization Signup).</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Automatic membership</source>
        <translation>Automatic membership</translation>
    </message>
    <message>
        <source>Show as button</source>
        <translation>Show as button</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Signup</translation>
    </message>
    <message>
        <source>Membership On Authentication: users of this connection join automatically</source>
        <translation>Membership On Authentication: users of this connection join automatically</translation>
    </message>
    <message>
        <source>Display connection as a button on the organization&apos;s login prompt</source>
        <translation>Display connection as a button on the organization&apos;s login prompt</translation>
    </message>
    <message>
        <source>Organization Signup: database connections with automatic membership only</source>
        <translation>Organization Signup: database connections with automatic membership only</translation>
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
        <translation>Display name</translation>
    </message>
</context>
<context>
    <name>OrganizationPatch</name>
    <message>
        <source>Enter a display name: Auth0 cannot clear it once it is set.</source>
        <translation>Enter a display name: Auth0 cannot clear it once it is set.</translation>
    </message>
    <message>
        <source>Set both colours or neither: Auth0 stores the primary and page background colours together.</source>
        <translation>Set both colours or neither: Auth0 stores the primary and page background colours together.</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>Select an organization on the left, or create one.</source>
        <translation>Select an organization on the left, or create one.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copy ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
</context>
<context>
    <name>OrganizationsPane</name>
    <message>
        <source>&lt;b&gt;Organizations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Organizations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Search organizations</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Create organization</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create a new organization in this tenant</source>
        <translation>Create a new organization in this tenant</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%Ln organization loaded, more on scroll</numerusform>
            <numerusform>%Ln organizations loaded, more on scroll</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 of %L2 shown</translation>
    </message>
</context>
<context>
    <name>PickMembersDialog</name>
    <message>
        <source>Assign to members</source>
        <translation>Assign to members</translation>
    </message>
    <message>
        <source>Filter by name, email or user ID</source>
        <translation>Filter by name, email or user ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add role to member(s)</source>
        <translation>Add role to member(s)</translation>
    </message>
    <message>
        <source>Assign %1 to members</source>
        <translation>Assign %1 to members</translation>
    </message>
    <message>
        <source>Choose the members of this organization who should hold the role &lt;b&gt;%1&lt;/b&gt;. Members who already hold it are not listed.</source>
        <translation>Choose the members of this organization who should hold the role &lt;b&gt;%1&lt;/b&gt;. Members who already hold it are not listed.</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filter members</translation>
    </message>
    <message>
        <source>Every member of this organization already holds %1.</source>
        <translation>Every member of this organization already holds %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) selected</source>
        <translation>
            <numerusform>%Ln member selected</numerusform>
            <numerusform>%Ln members selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%L1 of %L2 shown</translation>
    </message>
    <message numerus="yes">
        <source>Add role to %n member(s)</source>
        <translation>
            <numerusform>Add role to %Ln member</numerusform>
            <numerusform>Add role to %Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language and formats</source>
        <translation>Language and formats</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Numbers and dates</translation>
    </message>
    <message>
        <source>OrgConsole switches to the new language the next time it starts.</source>
        <translation>OrgConsole switches to the new language the next time it starts.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>RoleChangeText</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>Assigning %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Removing %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n member(s).</source>
        <translation>
            <numerusform>%1 assigned to %Ln member.</numerusform>
            <numerusform>%1 assigned to %Ln members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n member(s).</source>
        <translation>
            <numerusform>%1 removed from %Ln member.</numerusform>
            <numerusform>%1 removed from %Ln members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the role %1 from %n member(s)? They stay members of this organization.</source>
        <translation>
            <numerusform>Remove the role %1 from %Ln member? They stay a member of this organization.</numerusform>
            <numerusform>Remove the role %1 from %Ln members? They stay members of this organization.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent (cancelled): %1</source>
        <translation>Not sent (cancelled): %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 member(s) did not change; the other %4 are done and will not be sent again.</source>
        <translation>%1: %L2 of %L3 member(s) did not change; the other %L4 are done and will not be sent again.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleHoldersModel</name>
    <message>
        <source>Remove %1 from this member</source>
        <translation>Remove %1 from this member</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
</context>
<context>
    <name>RoleHoldersText</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%Ln holder</numerusform>
            <numerusform>%Ln holders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 holders match</source>
        <translation>%L1 of %L2 holders match</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the organization</source>
        <translation>
            <numerusform>%Ln member in the organization</numerusform>
            <numerusform>%Ln members in the organization</numerusform>
        </translation>
    </message>
    <message>
        <source>among the first %L1 of %L2 members</source>
        <translation>among the first %L1 of %L2 members</translation>
    </message>
    <message>
        <source>among the first %L1 members</source>
        <translation>among the first %L1 members</translation>
    </message>
    <message>
        <source>Select a role to see who in this organization holds it.</source>
        <translation>Select a role to see who in this organization holds it.</translation>
    </message>
    <message>
        <source>Looking for members who hold %1…</source>
        <translation>Looking for members who hold %1…</translation>
    </message>
    <message>
        <source>The members of this organization could not be loaded. Press F5 to try again.</source>
        <translation>The members of this organization could not be loaded. Press F5 to try again.</translation>
    </message>
    <message>
        <source>None of the %L1 members loaded so far holds %2. Press F5 to load all of them.</source>
        <translation>None of the %L1 members loaded so far holds %2. Press F5 to load all of them.</translation>
    </message>
    <message>
        <source>No member of this organization holds %1. Use “Assign to members…” to give it to some.</source>
        <translation>No member of this organization holds %1. Use “Assign to members…” to give it to some.</translation>
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
        <translation>Filter roles by name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Copy role ID</source>
        <translation>Copy role ID</translation>
    </message>
    <message>
        <source>Copy role name</source>
        <translation>Copy role name</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Loading roles…</translation>
    </message>
    <message>
        <source>%1 of %2 roles match</source>
        <translation>%L1 of %L2 roles match</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message>
        <source>Filter holders</source>
        <translation>Filter holders</translation>
    </message>
    <message>
        <source>Assign to members…</source>
        <translation>Assign to members…</translation>
    </message>
    <message>
        <source>Remove from selected</source>
        <translation>Remove from selected</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Holders</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Loading members… %L1 of %L2</source>
        <translation>Loading members… %L1 of %L2</translation>
    </message>
    <message>
        <source>Loading members… %L1</source>
        <translation>Loading members… %L1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %L2 of %L3 done</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Assign to members</source>
        <translation>Assign to members</translation>
    </message>
    <message>
        <source>This organization has no members yet. Add members in the Members tab first.</source>
        <translation>This organization has no members yet. Add members in the Members tab first.</translation>
    </message>
    <message>
        <source>Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.</source>
        <translation>Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Remove role</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n member(s)</source>
        <translation>
            <numerusform>Retry %Ln member</numerusform>
            <numerusform>Retry %Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copy user ID</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copy email</translation>
    </message>
    <message>
        <source>Wait until the change in progress is done.</source>
        <translation>Wait until the change in progress is done.</translation>
    </message>
    <message>
        <source>Wait until the members are loaded, or cancel loading.</source>
        <translation>Wait until the members are loaded, or cancel loading.</translation>
    </message>
    <message>
        <source>Give %1 to members of this organization who do not hold it yet</source>
        <translation>Give %1 to members of this organization who do not hold it yet</translation>
    </message>
    <message>
        <source>Remove %1 from the selected members (Delete)</source>
        <translation>Remove %1 from the selected members (Delete)</translation>
    </message>
    <message>
        <source>Select the members to take %1 from</source>
        <translation>Select the members to take %1 from</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>Shown to users on the login prompt</source>
        <translation>Shown to users on the login prompt</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>&amp;Logo URL</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Primary colour</source>
        <translation>&amp;Primary colour</translation>
    </message>
    <message>
        <source>#0059d6</source>
        <translation>#0059d6</translation>
    </message>
    <message>
        <source>Page &amp;background colour</source>
        <translation>Page &amp;background colour</translation>
    </message>
    <message>
        <source>#ffffff</source>
        <translation>#ffffff</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Danger zone</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete this organization&lt;/b&gt;&lt;br&gt;Its connections, invitations and memberships go with it; users stay in the tenant. This cannot be undone.</source>
        <translation>&lt;b&gt;Delete this organization&lt;/b&gt;&lt;br&gt;Its connections, invitations and memberships go with it; users stay in the tenant. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Delete organization</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>Logo URL</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primary colour</translation>
    </message>
    <message>
        <source>Page background colour</source>
        <translation>Page background colour</translation>
    </message>
    <message>
        <source>Pick primary colour</source>
        <translation>Pick primary colour</translation>
    </message>
    <message>
        <source>Pick page background colour</source>
        <translation>Pick page background colour</translation>
    </message>
    <message>
        <source>Up to %1 keys. Keys and values are text of at most %2 characters.</source>
        <translation>Up to %L1 keys. Keys and values are text of at most %L2 characters.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Load the organization&apos;s settings again and discard your unsaved changes?</source>
        <translation>Load the organization&apos;s settings again and discard your unsaved changes?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%L1 of %L2 keys</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Pick a colour</translation>
    </message>
    <message>
        <source>Add a key and value</source>
        <translation>Add a key and value</translation>
    </message>
    <message>
        <source>Auth0 allows at most %1 metadata keys.</source>
        <translation>Auth0 allows at most %L1 metadata keys.</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Remove the selected rows (Delete)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Fix this first: %1</translation>
    </message>
    <message>
        <source>Send the changes to the tenant (Ctrl+S)</source>
        <translation>Send the changes to the tenant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put back what the tenant holds</source>
        <translation>Put back what the tenant holds</translation>
    </message>
    <message>
        <source>Delete this organization from the tenant</source>
        <translation>Delete this organization from the tenant</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Nothing was sent. %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The changes were not saved; they are still here.</source>
        <translation>The changes were not saved; they are still here.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>The organization was not deleted.</source>
        <translation>The organization was not deleted.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to this organization&apos;s settings?</source>
        <translation>Discard your unsaved changes to this organization&apos;s settings?</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Enter the tenant domain, for example acme.eu.auth0.com.</source>
        <translation>Enter the tenant domain, for example acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant domain; enter one like acme.eu.auth0.com.</source>
        <translation>&quot;%1&quot; is not a tenant domain; enter one like acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The audience must be an https address such as https://acme.eu.auth0.com/api/v2/.</source>
        <translation>The audience must be an https address such as https://acme.eu.auth0.com/api/v2/.</translation>
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
        <translation>The tenants OrgConsole knows. Removing a tenant also deletes its client secret and cached token from your keychain.</translation>
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
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Switch to tenant</source>
        <translation>Switch to tenant</translation>
    </message>
    <message>
        <source>Add tenant…</source>
        <translation>Add tenant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Remove tenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Remove the tenant &quot;%1&quot; (%2)? Its client secret and cached token are deleted from your keychain. The tenant itself is not changed.</source>
        <translation>Remove the tenant &quot;%1&quot; (%2)? Its client secret and cached token are deleted from your keychain. The tenant itself is not changed.</translation>
    </message>
    <message>
        <source>It is open now and will be closed.</source>
        <translation>It is open now and will be closed.</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>OrgConsole only talks to a tenant over HTTPS.</source>
        <translation>OrgConsole only talks to a tenant over HTTPS.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to OrgConsole</source>
        <translation>Welcome to OrgConsole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to OrgConsole&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to OrgConsole&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the members, invitations and roles of your Auth0 organizations. Start with the built-in demo tenant, or connect one of your own tenants with a machine-to-machine application.</source>
        <translation>Manage the members, invitations and roles of your Auth0 organizations. Start with the built-in demo tenant, or connect one of your own tenants with a machine-to-machine application.</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Try the demo tenant</translation>
    </message>
    <message>
        <source>A local sandbox tenant with sample organizations, members and roles. Nothing leaves this computer.</source>
        <translation>A local sandbox tenant with sample organizations, members and roles. Nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Connect a tenant</source>
        <translation>Connect a tenant</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain and a machine-to-machine application&apos;s client ID and secret.</source>
        <translation>Use your tenant&apos;s domain and a machine-to-machine application&apos;s client ID and secret.</translation>
    </message>
</context>
</TS>
