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
    <message>
        <source>Connect a tenant</source>
        <translation>Connect a tenant</translation>
    </message>
    <message>
        <source>Connecting your own tenant is done from the Connect dialog.</source>
        <translation>Connecting your own tenant is done from the Connect dialog.</translation>
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
        <source>Lowercase letters, digits, hyphens and underscores; used in login URLs.</source>
        <translation>Lowercase letters, digits, hyphens and underscores; used in login URLs.</translation>
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
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demo tenant</translation>
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
        <source>Tenant profiles…</source>
        <translation>Tenant profiles…</translation>
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
