// What the recording tenants held before a cassette started and the replay
// has to recreate in the empty sandbox, found by listing the ids each
// cassette uses before any response of it produced them.

// The SDK test apps' own client ids, which go-auth0 puts into `enabled_clients` when it creates a
// connection. Their counterpart in the sandbox is the sandbox's own M2M app.
export const TENANT_APPS = ['QjlAo2nIDERZYBBZozsv8apykJUBtCq4', 'T2QUXhLciH0CSlDCICirlExjNDIrsHJQ'];

// Per cassette: requests to send first (with recorded ids, which are substituted as they become
// known) and, for each, the recorded id that the created entity's `id` stands for.
// go-auth0's invitation tests create an app without a login URI, yet Auth0 answered with an
// invitation_url on https://mycompany.org/login: the recording tenant had that as its default
// login route (tenant setting default_redirection_uri), which Auth0 uses when the app has none.
const DEFAULT_LOGIN_ROUTE = [
    {
        method: 'PATCH',
        path: '/api/v2/tenants/settings',
        body: { default_redirection_uri: 'https://mycompany.org/login' },
    },
];

export const SETUP = {
    'go-auth0/TestOrganizationManager_CreateInvitation.yaml': DEFAULT_LOGIN_ROUTE,
    'go-auth0/TestOrganizationManager_DeleteInvitation.yaml': DEFAULT_LOGIN_ROUTE,
    'go-auth0/TestOrganizationManager_Invitation.yaml': DEFAULT_LOGIN_ROUTE,
    'go-auth0/TestOrganizationManager_Invitations.yaml': DEFAULT_LOGIN_ROUTE,
    // Terraform reads an organization (with one enabled database connection) that an earlier step of
    // the acceptance test had created outside this cassette.
    'terraform-provider-auth0/TestAccDataSourceOrganizationInsufficientScope.yaml': [
        {
            method: 'POST',
            path: '/api/v2/connections',
            body: { name: 'ConnHere1', strategy: 'auth0' },
            standsFor: 'con_VSaD3zQirlOFxxDE',
        },
        {
            method: 'POST',
            path: '/api/v2/organizations',
            body: { name: 'auth0-inc-1', display_name: 'Auth0 Inc 1' },
            standsFor: 'org_SAwsaBQwbJU4Odo1',
        },
        {
            method: 'POST',
            path: '/api/v2/organizations/org_SAwsaBQwbJU4Odo1/enabled_connections',
            body: { connection_id: 'con_VSaD3zQirlOFxxDE', assign_membership_on_login: false, show_as_button: true },
        },
    ],
};
