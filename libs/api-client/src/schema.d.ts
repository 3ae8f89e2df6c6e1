/**
 * Generated from the API document (/docs-json) by openapi-typescript: do not edit.
 * After changing the API, run `npm run generate:api-client` and commit the result.
 */

export interface paths {
    "/admin/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue board
         * @description Sets the HttpOnly cookie ep_admin_session (path /admin, expires with the access token) that lets a browser open the queue board at /admin/queues. Administrators only, and only with the bearer header: the access guard reads no cookie, so a cookie cannot renew itself.
         *
         *     Roles: administrator.
         */
        post: operations["AdminSessionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports
         * @description The arrears lists uploaded so far, newest first, a page at a time, with each one's status and counts. Housing caseworkers see their own organisation's imports; administrators every organisation's, or one organisation's with housingOrganisationId.
         *
         *     Roles: housing_caseworker, administrator.
         */
        get: operations["ImportsController_list"];
        put?: never;
        /**
         * Upload the arrears list
         * @description Uploads the monthly arrears list (CSV in UTF-8, Windows-1252 or ISO-8859-1, read in the encoding detected; an .xlsx workbook, its first worksheet; or JSON), as multipart/form-data field "file" or as the body (text/csv or the .xlsx content type). A workbook is recognised by its name, its content type or its zip signature; one announced as a workbook that is none is refused with IMPORT_NOT_A_WORKBOOK. Answers 202 at once with the import and its Location; a worker processes it, GET on the import shows its status and counts, /problems each bad row. An upload that breaks off, is too large or holds two files answers 4xx and keeps nothing. Housing caseworkers (their own organisation) and administrators (naming the organisation).
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["ImportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an import
         * @description An import's status (received, processing, completed, failed), its format and the character encoding it was read in, its row counts and, when the whole file failed, why (with one detail per thing to put right). Housing caseworkers (their organisation's imports) and administrators.
         *
         *     Roles: housing_caseworker, administrator.
         */
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears-imports/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's problem rows
         * @description Each row the import refused or could not read, a page at a time, with the field at fault (its stable name, and the column header as the file has it) and why. Same callers as the import.
         *
         *     Roles: housing_caseworker, administrator.
         */
        get: operations["ImportsController_problems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/persons/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who accessed a person
         * @description Who read or changed this person's data, and when: the answer to a data subject's access request (GDPR art. 15). Administrators only.
         *
         *     Roles: administrator.
         */
        get: operations["AuditController_personAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/browser-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in from the web application
         * @description Checks an email and password like /auth/login and answers the access token. The refresh token is set as the HttpOnly, SameSite=Strict cookie ep_refresh on the path /api/v1/auth/browser-session and never appears in a body, so no script can read it. Open to anyone; needs the x-requested-with header.
         */
        post: operations["BrowserSessionController_signIn"];
        /**
         * Sign out of the web application
         * @description Revokes the session of the refresh token in the ep_refresh cookie (its refresh tokens and the access tokens issued in it) and clears the cookie. Answers 204 also when there was no session. Needs the x-requested-with header.
         */
        delete: operations["BrowserSessionController_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/browser-session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the web application’s access token
         * @description Uses up the refresh token in the ep_refresh cookie, sets its successor and answers a new access token (silent refresh). Without the cookie: AUTHENTICATION_REQUIRED; a used, expired or revoked one is refused as at /auth/refresh, and the cookie is cleared. Needs the x-requested-with header.
         */
        post: operations["BrowserSessionController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Exchanges an email and password for a short-lived access token and a single-use refresh token. Open to anyone. Refuses a wrong email or password alike (INVALID_CREDENTIALS) and, after repeated failures from one address or for one account, answers 429 with Retry-After.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the caller's session: its refresh tokens and the access tokens issued in it. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Changes the signed-in user's own password and signs out every session of the user. Any signed-in user. Refuses a wrong current password (INVALID_CREDENTIALS) and a new password shorter than 12 characters.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the tokens
         * @description Exchanges a refresh token for a new token pair; the old refresh token is used up. Open to anyone holding a refresh token. A refresh token used twice closes the whole session (REFRESH_TOKEN_REUSED); an expired, revoked or unknown one is refused.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadlines for a rent due date
         * @description The legal dates that follow from a rent due date: last on-time payment day, earliest payment demand (påkrav), and, once the day of receipt is known, the payment deadline and earliest termination, each with its legal basis and an explanation in Danish and English. Computed with the configured readings (returned as `rules`). Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["CalendarController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danish public holidays
         * @description The public holidays of a year (without Store bededag from 2024), the days the legal calendar skips. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["CalendarController_holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases
         * @description The arrears cases the caller may see, a page at a time, most urgent deadline first; filter by stage, department or deadlines due within N days. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["CasesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/rent-assistance-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's rent assistance applications
         * @description The case's applications, oldest first, with their decisions and the amounts granted; audited as a read of the tenants' data. Housing caseworkers (their organisation's departments), municipal social workers (cases their municipality may see) and debt advisors (cases with an open referral to their provider whose consent is in force); a case outside the caller's scope answers 404.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor.
         */
        get: operations["RentAssistanceController_list"];
        put?: never;
        /**
         * Record a rent assistance application
         * @description Records that the tenant applied for rent assistance (aktivloven § 81, § 81 a, § 81 b) or housing benefit (boligstøtte), pending until the decision is recorded; a line on the case timeline. Idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments), municipal social workers (cases their municipality may see) and debt advisors (cases with an open referral to their provider whose consent is in force); a case outside the caller's scope answers 404. Refused, with nothing written: an application dated in the future, a closed case.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor.
         */
        post: operations["RentAssistanceController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/rent-assistance-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record the decision on a rent assistance application
         * @description Records the decision (granted with the amount, or refused), with the application version last read; a line on the case timeline, without the amount. A decision once recorded is final: another one is a correction and needs correctionReason. A granted application lets the case close with outcome rent_assistance. Housing caseworkers (their organisation's departments) and municipal social workers (cases their municipality may see); not debt advisors. Refused, with nothing changed: a decision before the application or in the future, an amount with a refusal or none with a grant, a closed case.
         *
         *     Roles: housing_caseworker, municipal_social_worker.
         */
        patch: operations["RentAssistanceController_decide"];
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a case
         * @description One case: stage, balance, the payment demand, upcoming legal deadlines, the tenancy and its tenants, and the steps allowed from here. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's ledger
         * @description The ledger a page at a time, oldest debt first, each line with the balance after it. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["CasesController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/municipality-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify the municipality
         * @description Records the notice to the municipality (almenlejeloven § 92, stk. 2), required before filing at the bailiff court, and sends it to the municipality's alert mailbox; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. The same date again changes nothing (no second email); another date must be sent with correction: true, and is recorded on the timeline and sent as a correction. Refuses a notice date in the future or before the case's first unpaid due date, and a closed case.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["CasesController_notifyMunicipality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/payment-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the case's payment plan
         * @description The running plan, or the one that ended last, with its instalments (each with its due date, moved off a non-business day, and the day from which it counts as missed after the grace days) and the case's balance against the balance the plan allows today. Housing caseworkers (their organisation's departments) and administrators.
         *
         *     Roles: housing_caseworker, administrator.
         */
        get: operations["PaymentPlansController_get"];
        put?: never;
        /**
         * Agree a payment plan
         * @description Records a payment plan (afdragsordning) agreed with the tenant: the case's balance paid in instalments (monthly by default) from the first due date, the current rent paid as well, with the housing organisation's grace days. The case moves to payment_plan_agreed and its legal steps pause (a step answers 409 PAYMENT_PLAN_ACTIVE) until the plan is completed or broken. Idempotent with an Idempotency-Key header; with the case version last read. Housing caseworkers (their organisation's departments) and administrators. Refused, with nothing changed: instalments that do not clear the amount, a first due date before the agreement or more than a year after it, an amount other than the balance, a closed case or one with a plan running.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["PaymentPlansController_agree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/payment-plan/break": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the payment plan as broken
         * @description Ends the running plan as broken (misligholdt). The case goes back to registered with the earlier påkrav and the steps built on it cleared from the case (they stay on the timeline), so the legal steps resume only with a new påkrav for what is owed then. With the case version last read; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. (The sweeper will also do this after missed instalments.)
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["PaymentPlansController_break"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/payment-plan/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the payment plan as completed
         * @description Ends the running plan as completed once the arrears are paid (the case's balance is 0; otherwise 409 ARREARS_NOT_PAID), and closes the case as paid. With the case version last read; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. (The sweeper will also do this when the balance reaches 0.)
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["PaymentPlansController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment
         * @description Books a payment against the open case and recomputes its balance; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. Refuses a payment date in the future and a case that is closed.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["CasesController_recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's timeline
         * @description What happened in the case, a page at a time, in the order it happened; each line's summary in the language of Accept-Language (Danish by default). Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["CasesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the next legal step
         * @description Moves the case one legal step (send the payment demand, record the deadline passed, terminate, request, schedule or record the eviction, avert, close), checked against the legal calendar and the case's own dates, with the version last read. Housing caseworkers (their organisation's departments) and administrators. A refused step answers 400 (wrong input) or 409 (not allowed now) with its code and, where waiting would help, details.earliestDate. Closing with outcome rent_assistance needs a rent assistance application on the case granted on or before the closing day (409 RENT_ASSISTANCE_NOT_GRANTED).
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["CasesController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's warnings
         * @description The warnings raised on a case, each with its recipient, overall state (queued → sent → read → acknowledged, or escalated / undelivered) and every delivery with its status and time. Housing caseworkers, municipal social workers, debt advisors, probation officers and administrators, for cases in their scope.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["WarningsController_forCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the case list
         * @description Every case the list would show with the same filters and order, as one file: CSV the way Danish Excel opens it (';', UTF-8 BOM, decimal comma, dd-mm-yyyy, CRLF) or an .xlsx workbook with typed cells; headers and stage names in the language of Accept-Language (Danish by default); text that a spreadsheet would read as a formula is neutralised. The export is audited (one row with the format, the number of cases and the filters). At most 50,000 cases: more answer EXPORT_TOO_LARGE. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["CasesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cooperation agreements
         * @description The cooperation agreements (municipality and housing organisation) in the caller's scope: which voluntary early warnings they use, from which arrears amount, and the eviction reminder. Housing caseworkers, municipal social workers, managers and administrators.
         *
         *     Roles: housing_caseworker, municipal_social_worker, manager, administrator.
         */
        get: operations["CooperationAgreementsController_list"];
        /**
         * Create or replace a cooperation agreement
         * @description Creates or replaces the agreement of one municipality and one housing organisation. Administrators only. Refuses an end date before the start and an unknown municipality or organisation.
         *
         *     Roles: administrator.
         */
        put: operations["CooperationAgreementsController_upsert"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counselling-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List debt-counselling providers (gældsrådgivning)
         * @description The debt-counselling providers (gældsrådgivning) in the directory, a page at a time. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["CounsellingProvidersController_list"];
        put?: never;
        /**
         * Register a debt-counselling provider
         * @description Adds a debt-counselling provider (a name and a contact mailbox) to the directory. Administrators only.
         *
         *     Roles: administrator.
         */
        post: operations["CounsellingProvidersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counselling-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a debt-counselling provider
         * @description One of the debt-counselling providers (gældsrådgivning) by id. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["CounsellingProvidersController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a debt-counselling provider
         * @description Deletes one of the debt-counselling providers (gældsrådgivning). Administrators only. Refused while consents or warnings refer to it.
         *
         *     Roles: administrator.
         */
        delete: operations["CounsellingProvidersController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a debt-counselling provider
         * @description Changes the name or contact mailbox of one of the debt-counselling providers (gældsrådgivning). Administrators only.
         *
         *     Roles: administrator.
         */
        patch: operations["CounsellingProvidersController_update"];
        trace?: never;
    };
    "/api/v1/counselling-providers/{id}/referral-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a provider's referral setting
         * @description The business days the provider has to answer a referral (and to make the first contact after accepting one) before it is reminded and escalated; default 3. Any signed-in user: it holds no personal data.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["ReferralSettingsController_get"];
        /**
         * Set a provider's referral setting
         * @description Sets the business days (1–30) the provider has to answer a referral and to make the first contact; referrals already sent keep the answer date they were given. Administrators; audited.
         *
         *     Roles: administrator.
         */
        put: operations["ReferralSettingsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custody-episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custody episodes
         * @description The episodes you may see while the tenant's consent naming the probation unit is in force: a probation officer their unit's (every field); a housing caseworker and a municipal social worker those whose consent names their organisation (away since, expected return, contact only). Open first. At most 500. Every episode listed is audited as read.
         *
         *     Roles: probation_officer, housing_caseworker, municipal_social_worker.
         */
        get: operations["CustodyEpisodesController_list"];
        put?: never;
        /**
         * Record a custody episode
         * @description Records that a tenant is in custody: kind (remand or sentence), institution, start, expected release and parole dates and sentence length where known, and the contact for post while away. Nothing about the offence. Probation officers (for their own unit) and housing caseworkers (persons of their organisation, naming the unit). Refused with CUSTODY_CONSENT_MISSING, and nothing written, unless the tenant's consent for probation-cooperation naming the probation unit is in force — and, for a caseworker, one naming their organisation too. At most one open episode per person; idempotent with an Idempotency-Key header.
         *
         *     Roles: probation_officer, housing_caseworker.
         */
        post: operations["CustodyEpisodesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custody-episodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custody episode
         * @description One episode, audited as read, as the consent names you (see the list). After the consent is withdrawn or expires: 404 at once, for everyone.
         *
         *     Roles: probation_officer, housing_caseworker, municipal_social_worker.
         */
        get: operations["CustodyEpisodesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a custody episode
         * @description Corrects or completes an open episode with the version last read (only the fields given change; null clears a date or the sentence length); the same rules as when recording. Probation officers of the unit.
         *
         *     Roles: probation_officer.
         */
        patch: operations["CustodyEpisodesController_update"];
        trace?: never;
    };
    "/api/v1/custody-episodes/{id}/housing-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The housing plan and its history
         * @description The probation officer: every decision, the plan in force first. The landlord and the municipality named by the consent: the plan in force only, without who decided and without the municipality’s examination. Every decision returned is audited as read; after a withdrawal: 404.
         *
         *     Roles: probation_officer, housing_caseworker, municipal_social_worker.
         */
        get: operations["CustodyPlanningController_history"];
        put?: never;
        /**
         * Record a housing-plan decision
         * @description Records what happens to the home during the absence: a new decision (the history is kept; the latest is the plan in force). The probation officer of the unit, the landlord’s caseworker and the municipality’s social worker named by the consent; that the municipality pays is recorded only by the municipality or the officer (403 HOUSING_PLAN_OPTION_NOT_ALLOWED). A plan breaking the rules is refused with the first violation’s code and every violation in details, nothing written. A closed episode: 409 CUSTODY_EPISODE_CLOSED.
         *
         *     Roles: probation_officer, housing_caseworker, municipal_social_worker.
         */
        post: operations["CustodyPlanningController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custody-episodes/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the release
         * @description Records the day the tenant was released (not before the start, not in the future) and closes the episode, with the version last read. Probation officers of the unit.
         *
         *     Roles: probation_officer.
         */
        post: operations["CustodyEpisodesController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custody-episodes/{id}/release-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The release-planning tasks
         * @description The Køreplan’s dated tasks (sentences of 4 months or more; otherwise none, and why), with their state today. The probation officer of the unit and the municipality named by the consent. Audited; after a withdrawal: 404.
         *
         *     Roles: probation_officer, municipal_social_worker.
         */
        get: operations["CustodyPlanningController_releaseTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custody-episodes/{id}/release-tasks/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a release task done
         * @description Records the day the task was done (not in the future, not before the custody began). The probation officer any task; the municipality its own (the help to set up a home). A closed episode: 409 CUSTODY_EPISODE_CLOSED.
         *
         *     Roles: probation_officer, municipal_social_worker.
         */
        post: operations["CustodyPlanningController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List departments
         * @description The departments, a page at a time, optionally of one housing organisation or in one municipality. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["DepartmentsController_list"];
        put?: never;
        /**
         * Register a department
         * @description Adds a department (afdeling) of a housing organisation, in a municipality. Administrators only. Refuses an unknown organisation or municipality and a department number the organisation already uses.
         *
         *     Roles: administrator.
         */
        post: operations["DepartmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a department
         * @description One department by id. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["DepartmentsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a department
         * @description Deletes a department. Administrators only. Refused while tenancies or users refer to it.
         *
         *     Roles: administrator.
         */
        delete: operations["DepartmentsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a department
         * @description Changes a department's number, name, address or municipality. Administrators only.
         *
         *     Roles: administrator.
         */
        patch: operations["DepartmentsController_update"];
        trace?: never;
    };
    "/api/v1/housing-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List housing organisations
         * @description The housing organisations in the directory, a page at a time. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["HousingOrganisationsController_list"];
        put?: never;
        /**
         * Register a housing organisation
         * @description Adds a housing organisation (boligorganisation) to the directory. Administrators only. Refuses a CVR number already registered.
         *
         *     Roles: administrator.
         */
        post: operations["HousingOrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a housing organisation
         * @description One housing organisation by id. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["HousingOrganisationsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a housing organisation
         * @description Deletes a housing organisation. Administrators only. Refused while departments, users or cases refer to it.
         *
         *     Roles: administrator.
         */
        delete: operations["HousingOrganisationsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a housing organisation
         * @description Changes a housing organisation's name, CVR number or contact mailbox. Administrators only. Refuses a CVR number another organisation has.
         *
         *     Roles: administrator.
         */
        patch: operations["HousingOrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/housing-organisations/{id}/payment-plan-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a housing organisation's payment-plan settings
         * @description The grace days after an instalment falls due before the sweeper checks it (default 5), and the number of missed instalments that breaks a plan automatically (default 2). Any signed-in user: they hold no personal data.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["PaymentPlanSettingsController_get"];
        /**
         * Set a housing organisation's payment-plan settings
         * @description Sets the grace days (0–31) and the missed instalments that break a plan (1–12). New grace days apply to plans agreed from now on (a plan keeps the grace days it was agreed under); the number of misses applies to running plans from their next check. Administrators; audited.
         *
         *     Roles: administrator.
         */
        put: operations["PaymentPlanSettingsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My inbox
         * @description The signed-in user's inbox items (warnings, escalations, undelivered notifications), newest first, a page at a time; filter by unread, kind, urgency, case, warning or acknowledged. Any signed-in user; each sees only their own items.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inbox item
         * @description One of my inbox items (not marked read by opening it). Any signed-in user, own items only.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["InboxController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a warning
         * @description Acknowledges the warning behind one of my inbox items, with an optional comment; this stops its escalation and is recorded on the case timeline. Any signed-in user, own items only. Refuses an item about an undelivered notification and a warning already acknowledged.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        post: operations["InboxController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark read
         * @description Marks one of my inbox items read. Any signed-in user, own items only.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread count
         * @description How many of my inbox items are unread, and how many of those are urgent. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["InboxController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user: name, role and the organisation and departments the role is linked to. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List municipalities
         * @description The municipalities in the directory, a page at a time, by name. Any signed-in user (the directory holds no personal data).
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["MunicipalitiesController_list"];
        put?: never;
        /**
         * Register a municipality
         * @description Adds a municipality (kommune) to the directory; a notice goes to its alert mailbox. Administrators only. Refuses a municipality code already registered.
         *
         *     Roles: administrator.
         */
        post: operations["MunicipalitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a municipality
         * @description One municipality by its four-digit municipality code (kommunekode). Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["MunicipalitiesController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a municipality
         * @description Deletes a municipality from the directory. Administrators only. Refused while departments, persons or agreements refer to it.
         *
         *     Roles: administrator.
         */
        delete: operations["MunicipalitiesController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a municipality
         * @description Changes a municipality's name or alert mailbox; the code stays. Administrators only.
         *
         *     Roles: administrator.
         */
        patch: operations["MunicipalitiesController_update"];
        trace?: never;
    };
    "/api/v1/notification-settings/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Email settings of a mailbox
         * @description The email preferences of an organisation mailbox (a municipality's alert address): language and digest. Administrators only.
         *
         *     Roles: administrator.
         */
        get: operations["NotificationSettingsController_get"];
        /**
         * Set email settings of a mailbox
         * @description Sets the email preferences of an organisation mailbox. Administrators only. The statutory notice still goes to a municipality that chose none.
         *
         *     Roles: administrator.
         */
        put: operations["NotificationSettingsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-settings/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My email settings
         * @description The signed-in user's email preferences for warnings (language, immediate or daily digest, none), or the defaults. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["NotificationSettingsController_mine"];
        /**
         * Set my email settings
         * @description Sets the signed-in user's email preferences for warnings. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        put: operations["NotificationSettingsController_setMine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a notification again
         * @description Queues an undelivered notification (email) again. Housing caseworkers (their organisation's departments) and administrators. Refuses a notification that is not undelivered.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["WarningsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persons
         * @description The persons the caller may see, a page at a time, optionally by name. Each role sees only its own scope: a caseworker their organisation's tenants, a social worker, debt advisor or probation officer the persons with consent or a case in their scope. Every read is audited.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["PersonsController_list"];
        put?: never;
        /**
         * Register a person
         * @description Registers a tenant or other person with CPR number, name and address; the CPR number is stored encrypted and searchable by keyed hash only. Housing caseworkers (in their own organisation) and administrators. Refuses an invalid CPR number and a person already registered in the organisation (PERSON_EXISTS names the existing id).
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["PersonsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a person
         * @description One person, if in the caller’s scope (otherwise 404, so the answer does not reveal that the person exists). The read is audited.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["PersonsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a person
         * @description Changes a person's name, address or contact details, with the version last read (optimistic locking). Housing caseworkers and administrators. Refuses a stale version and an anonymised person.
         *
         *     Roles: housing_caseworker, administrator.
         */
        patch: operations["PersonsController_update"];
        trace?: never;
    };
    "/api/v1/persons/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a person's consents
         * @description Every consent of the person, in force, expired or withdrawn. Any role that may see the person.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        get: operations["PersonsController_listConsents"];
        put?: never;
        /**
         * Record a consent
         * @description Records the person's consent to share details with a recipient (municipality, debt counselling or probation), for a purpose and period. Housing caseworkers and administrators. Refuses a recipient that does not fit the purpose, an end before the start, and an anonymised person.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["PersonsController_addConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/consents/{consentId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a consent
         * @description Records that the person withdrew a consent; nothing more is shared on it from now on. Housing caseworkers and administrators.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["PersonsController_withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person
         * @description Erasure on the person's request (GDPR art. 17): anonymises the person now. Administrators only. Refused while the person has an open case.
         *
         *     Roles: administrator.
         */
        post: operations["PersonsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search persons by CPR number
         * @description Like the list, but by CPR number (in the body, so it never appears in a URL or an access log) and/or name. Every read is audited.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, administrator.
         */
        post: operations["PersonsController_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/probation-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List probation units (Kriminalforsorgen)
         * @description The probation units (Kriminalforsorgen) in the directory, a page at a time. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["ProbationUnitsController_list"];
        put?: never;
        /**
         * Register a probation unit
         * @description Adds a probation unit (a name and a contact mailbox) to the directory. Administrators only.
         *
         *     Roles: administrator.
         */
        post: operations["ProbationUnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/probation-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a probation unit
         * @description One of the probation units (Kriminalforsorgen) by id. Any signed-in user.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor, probation_officer, manager, administrator.
         */
        get: operations["ProbationUnitsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a probation unit
         * @description Deletes one of the probation units (Kriminalforsorgen). Administrators only. Refused while consents or warnings refer to it.
         *
         *     Roles: administrator.
         */
        delete: operations["ProbationUnitsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a probation unit
         * @description Changes the name or contact mailbox of one of the probation units (Kriminalforsorgen). Administrators only.
         *
         *     Roles: administrator.
         */
        patch: operations["ProbationUnitsController_update"];
        trace?: never;
    };
    "/api/v1/probation-units/{id}/custody-notice-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a probation unit's custody-notice setting
         * @description The business days the recipients of the unit's custody notices (the landlord's caseworkers, the municipality) have to acknowledge them before they escalate; default 2. Administrators and the unit's own probation officers (another unit: 404).
         *
         *     Roles: administrator, probation_officer.
         */
        get: operations["CustodyNoticeSettingsController_get"];
        /**
         * Set a probation unit's custody-notice setting
         * @description Sets the business days (1–20) the recipients of the unit's custody notices have to acknowledge them; notices already sent keep the date they were given. Administrators and the unit's own probation officers (another unit: 404); audited.
         *
         *     Roles: administrator, probation_officer.
         */
        put: operations["CustodyNoticeSettingsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List referrals
         * @description The referrals you may see: a debt advisor those to their own provider whose consent is in force, new first, then accepted ones whose first contact is overdue, accepted, in contact, and the finished ones; a housing caseworker those their organisation made; a municipal social worker those their municipality made. At most 500. Every referral listed is audited as read.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor.
         */
        get: operations["ReferralsController_list"];
        put?: never;
        /**
         * Refer a tenant to debt counselling
         * @description Refers a tenant of a case in your scope to a debt-counselling provider, at a service level, and delivers it to the provider's advisors (inbox, and email to the provider's mailbox through the outbox) carrying only the tenant's name and the address; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and municipal social workers (cases their municipality may see). Refused with REFERRAL_CONSENT_MISSING, and nothing written, unless the tenant has a consent for debt-counselling naming the provider in force.
         *
         *     Roles: housing_caseworker, municipal_social_worker.
         */
        post: operations["ReferralsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a referral
         * @description One referral, audited as read. Debt advisors of the provider while the consent is in force (after a withdrawal: 404 at once), and the referring organisation.
         *
         *     Roles: housing_caseworker, municipal_social_worker, debt_advisor.
         */
        get: operations["ReferralsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a referral
         * @description The provider takes the referral on (sent → accepted), with the version last read; this acknowledges its warning, so it is not escalated. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["ReferralsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a referral
         * @description Closes the referral with its outcome: no_contact from accepted (no first contact happened), any other outcome after the first contact. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["ReferralsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a referral
         * @description The provider declines the referral with a reason (sent → declined), shown to the referrer; this acknowledges its warning. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["ReferralsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/first-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the first contact
         * @description The day the advisor first reached the tenant (accepted → in_contact): not before the acceptance, not in the future. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["ReferralsController_firstContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/payment-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payment plan on a referral's case
         * @description The case's running payment plan, or the one that ended last, with its instalments, as the landlord's caseworker sees it; read-only (the plan is agreed with the landlord). Audited as a read of the tenants' data. Debt advisors of the referral's provider while the referral's consent is in force (after a withdrawal: 404 at once).
         *
         *     Roles: debt_advisor.
         */
        get: operations["ReferralsController_paymentPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A referral's budget history
         * @description Every budget of the referral's household, the newest first (the first is the current one), each with its calculation: disposable amount and ability to pay (betalingsevne) under the standard living amount in force on its date. Debt advisors of the referral's provider while the consent is in force. Audited as read (counselling_budget.read).
         *
         *     Roles: debt_advisor.
         */
        get: operations["BudgetsController_history"];
        put?: never;
        /**
         * Make a budget
         * @description A new dated budget (the earlier ones stay, unchanged), on an accepted referral or one in contact, answered with its calculation. Refused with STANDARD_LIVING_AMOUNT_NOT_IN_FORCE when no rates are in force on its date, and with the rules’ codes for a bad line or household; nothing is written then. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["BudgetsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/debts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A referral's debt overview
         * @description The household's debts, priority debts first, with totals (priority, non-priority, all; a written-off debt is listed, not counted). The rent-arrears line is the case's ledger balance now (never stored), with the running payment plan's instalment as its monthly payment. Debt advisors of the referral's provider while the consent is in force. Audited as read (counselling_debt.read).
         *
         *     Roles: debt_advisor.
         */
        get: operations["DebtsController_overview"];
        put?: never;
        /**
         * Add a debt
         * @description A debt typed in by the advisor, on an accepted referral or one in contact. Rent arrears to the case’s landlord are refused (DEBT_RENT_ARREARS_FROM_LEDGER): they come from the ledger. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["DebtsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/debts/{debtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a debt entered by mistake
         * @description Removes the line, with the version last read (`?version=`). A debt that was forgiven is not deleted but set to written_off. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        delete: operations["DebtsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a debt
         * @description Changes the fields given, with the version last read; the whole line is checked again. To write a debt off set status written_off (it stays listed, uncounted). Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        patch: operations["DebtsController_update"];
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a referral's sessions
         * @description The referral's sessions, the latest first, with their notes. Debt advisors of the referral's provider while the consent is in force (otherwise 404, at once after a withdrawal). Audited as read (counselling_session.read).
         *
         *     Roles: debt_advisor.
         */
        get: operations["SessionsController_list"];
        put?: never;
        /**
         * Record a session
         * @description Records a session on an accepted referral or one in contact (else 409 COUNSELLING_REFERRAL_NOT_ACTIVE). On an accepted referral with no first contact the session is the first contact, on its date (the referral goes to in_contact and its first-contact reminder is acknowledged); a date before the acceptance is refused with REFERRAL_DATE_BEFORE_ACCEPTANCE and nothing is written. The note is stored encrypted. Debt advisors of the provider.
         *
         *     Roles: debt_advisor.
         */
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a session's next action done
         * @description Marks the session's next action done (today) or not done, with the version last read; done acknowledges its reminder (counselling-next-action-due) if one was raised. Debt advisors of the provider, on an accepted referral or one in contact.
         *
         *     Roles: debt_advisor.
         */
        patch: operations["SessionsController_setNextActionDone"];
        trace?: never;
    };
    "/api/v1/release-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit’s release tasks, overdue first
         * @description The release-planning tasks of the open episodes of your probation unit (consent in force): overdue ones first, longest overdue first, then by due day; overdue=true for the overdue ones only. At most 500. Each task listed is audited as read.
         *
         *     Roles: probation_officer.
         */
        get: operations["ReleaseTasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standard-living-amounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standard living amounts in force on a date
         * @description Gældsstyrelsen’s standard living amounts (rådighedsbeløb) in force on the date, per month in øre: the first adult, each further adult, and each child by age band. The rates are data with a validity period; the row that starts latest on or before the date is in force unless it has ended. `fromEarlierYear` says the rates were set for an earlier year. Debt advisors and administrators. 404 when no rates are in force on the date.
         *
         *     Roles: debt_advisor, administrator.
         */
        get: operations["StandardLivingAmountsController_inForce"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/{figure}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a statistics table
         * @description The same figures as GET /api/v1/statistics/{figure} with the same filters, scope and suppression, as one file: CSV the way Danish Excel opens it (";", UTF-8 BOM, decimal comma, dd-mm-yyyy, CRLF) with one line per period and group and a totals line per period, or an .xlsx workbook with typed cells and a second sheet saying whether the figures are live or as of the last refresh. Suppressed cells are "<5", never 0. Headers in the language of Accept-Language (Danish by default). Managers (their housing organisation or municipality) and administrators; the read is audited like the JSON route.
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare actual with expected evictions
         * @description Per municipality or housing organisation (`level`): the closed cases, the evictions among them (actual), the evictions expected from the case mix (the sum of the eviction risk model's predicted probabilities), their ratio with a 95 % interval and one of five groups, with the fit used (coefficients, standard errors, data range, method). As of the latest weekly refit (`asOf`, `live` false); before the first, `fit` is null and `units` empty. Managers and administrators; a manager sees every unit — a fair comparison needs the others — with their own marked `own`. Aggregates only: counts under 5 are suppressed (null, `suppressed` true), with secondary suppression against the totals, and a unit whose evictions are suppressed shows no ratio, interval or group. Audited as read.
         *
         *     Roles: manager, administrator.
         */
        get: operations["ComparisonController_comparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/comparison/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the comparison of actual with expected evictions
         * @description The same comparison as GET /api/v1/statistics/comparison (same level, scope, suppression and audit row) as one file: CSV the way Danish Excel opens it (";", UTF-8 BOM, decimal comma, CRLF), or an .xlsx workbook with typed cells and a second sheet with the fit's date and data range. One line per unit (the own marked) and a totals line; counts under 5 are "<5", never 0, and a unit whose evictions are hidden has empty ratio, interval and group cells. Before the first refit the file has the headers only. Headers and groups in the language of Accept-Language (Danish by default). Managers and administrators.
         *
         *     Roles: manager, administrator.
         */
        get: operations["ComparisonController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flow between stages
         * @description Steps taken in each period, one column per pair of stages (`from>to`, e.g. `registered>payment_demand_sent`), from the timeline. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_flow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/inflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inflow: cases opened
         * @description Arrears cases opened in each period (column `opened`). Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_inflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outcomes of the cases closed
         * @description Cases closed in each period by structured outcome: evicted; averted by reason (paid, payment plan, rent assistance, moved out, other); closed without eviction proceedings. Then evictions per 1,000 tenancies and per closed case. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/payment-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payment plans agreed, kept and broken
         * @description Payment plans agreed, completed (kept) and broken in each period. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_paymentPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/repeat-arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New arrears within 12 months of a closed case
         * @description Cases closed in each period with the tenants staying (not evicted, not moved out), and of those the ones whose tenancy had a new case opened within 12 months of the closing. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_repeatArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open cases per stage at the end of each period
         * @description One column per open stage (registered … eviction_scheduled, payment_plan_agreed): the cases at that stage on the last day of the period, from the timeline. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_stages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/time-to-act": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time to act, in business days
         * @description For each interval (arrears registered → payment demand; § 92 notice → first acknowledgement by the municipality; warning raised → acknowledged; referral → first counselling contact; payment plan agreed → completed or broken), ended in the period: the number, the median and the 90th percentile in business days. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_timeToAct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warnings sent, undelivered, escalated, acknowledged in time
         * @description Warnings raised in each period, and of those the ones undelivered, escalated, and acknowledged on or before their acknowledge-by day. Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).
         *
         *     Roles: manager, administrator.
         */
        get: operations["StatisticsController_warnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a tenancy
         * @description Registers a tenancy (lejemål) in a department: address and rent; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. Refuses a department outside the caller's organisation and a tenancy already registered there (TENANCY_EXISTS names it).
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["TenanciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenancy
         * @description One tenancy with its tenants. Housing caseworkers (their organisation's departments) and administrators.
         *
         *     Roles: housing_caseworker, administrator.
         */
        get: operations["TenanciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenancies/{id}/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register arrears
         * @description Registers unpaid rent for a due date: opens the tenancy's case (201) or adds to the open one (200); the same registration again changes nothing (200, outcome "unchanged"). Idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["TenanciesController_registerArrears"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenancies/{id}/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a tenant
         * @description Adds a registered person as a tenant of the tenancy. Housing caseworkers (their organisation's departments) and administrators. Refuses a person not registered in the caller's organisation.
         *
         *     Roles: housing_caseworker, administrator.
         */
        post: operations["TenanciesController_addTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description The users, a page at a time, optionally of one role. Administrators only.
         *
         *     Roles: administrator.
         */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user with a role and the organisation it is linked to (a housing caseworker also to departments). Administrators only. Refuses an email already in use, a password under 12 characters, and a role whose organisation link does not fit (SCOPE_MISMATCH).
         *
         *     Roles: administrator.
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user by id. Administrators only.
         *
         *     Roles: administrator.
         */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Changes a user's name, email, role or organisation links. Administrators only. Refuses what creating would refuse.
         *
         *     Roles: administrator.
         */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a user
         * @description Stops a user from signing in and revokes every session of the user. Administrators only.
         *
         *     Roles: administrator.
         */
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a user
         * @description Lets a disabled user sign in again. Administrators only.
         *
         *     Roles: administrator.
         */
        post: operations["UsersController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's password
         * @description Sets a new password for a user and signs out every session of the user. Administrators only. Refuses a password under 12 characters.
         *
         *     Roles: administrator.
         */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the API and its services
         * @description The last result of each probe (database, queue, SMTP), with its time and age; answering reaches no service. Open to anyone, for load balancers and supervisors. Answers 503 when the database is down; a queue or SMTP failure reports `degraded` and still 200.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers as long as the process serves HTTP; no I/O at all. Open to anyone, for frequent supervisor checks.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcknowledgeDto: {
            /** @description What was done, e.g. "Lejeren er kontaktet" */
            comment?: string;
        };
        AddTenantDto: {
            /** Format: uuid */
            personId: string;
        };
        AgreePaymentPlanDto: {
            /**
             * Format: date
             * @description The day the plan was agreed; not in the future
             * @example 2026-12-01
             */
            agreedOn: string;
            /**
             * @description The arrears to clear, in øre: the case's balance now (else 409 PAYMENT_PLAN_AMOUNT_NOT_BALANCE)
             * @example 650000
             */
            amountOre: number;
            /**
             * Format: date
             * @description Not before agreedOn, and within a year of it
             * @example 2027-01-01
             */
            firstDueOn: string;
            /**
             * @default monthly
             * @enum {string}
             */
            frequency?: "monthly" | "fortnightly" | "weekly";
            /**
             * @description How many instalments (1–60); they must clear the amount (PAYMENT_PLAN_DOES_NOT_CLEAR)
             * @example 7
             */
            instalmentCount: number;
            /**
             * @description Each instalment, in øre; the last may be smaller
             * @example 100000
             */
            instalmentOre: number;
            /** @description The case version you read; a newer one gives 409 STALE_VERSION */
            version: number;
        };
        BilingualTextResponse: {
            da: string;
            en: string;
        };
        BrowserSessionResponse: {
            /** @description Bearer token for the Authorization header; short-lived, keep it in memory only */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /**
             * Format: date-time
             * @description When the session ends unless renewed
             */
            refreshExpiresAt: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description The signed-in user, as GET /me answers: the application opens without another round trip */
            user: components["schemas"]["UserResponse"];
        };
        BudgetCalculationResponse: {
            /** @description Ability to pay (betalingsevne) = income − approved fixed costs − the standard living amount; may be negative */
            abilityToPayOre: number;
            approvedFixedOre: number;
            /** @description Income − every expense; may be negative */
            disposableOre: number;
            fixedOre: number;
            flexibleOre: number;
            incomeOre: number;
            /** @description Worked out with an earlier year’s rates: this year’s have not been added */
            ratesFromEarlierYear: boolean;
            standardLivingAmount: components["schemas"]["StandardAmountUsedResponse"];
            standardLivingAmountOre: number;
        };
        BudgetFixedLineResponse: {
            amountOre: number;
            approved: boolean;
            /** @enum {string} */
            group: "rent" | "utilities" | "insurance" | "union_unemployment_fund" | "transport" | "childcare" | "child_support_paid" | "health" | "debt_priority_payments" | "other_fixed";
        };
        BudgetFlexibleLineResponse: {
            amountOre: number;
            /** @enum {string} */
            group: "food" | "clothing" | "phone_internet" | "leisure" | "debt_other_payments" | "other";
        };
        BudgetHistoryResponse: {
            /** @description Every budget of the referral, the newest first (by budget date, then when made): the first is the current one */
            items: components["schemas"]["BudgetResponse"][];
        };
        BudgetHouseholdResponse: {
            adults: number;
            childBirthDates: string[];
        };
        BudgetIncomeLineResponse: {
            amountOre: number;
            /** @enum {string} */
            group: "wages" | "benefits" | "pension" | "other";
        };
        BudgetResponse: {
            /** Format: date */
            budgetOn: string;
            calculation: components["schemas"]["BudgetCalculationResponse"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The advisor who made it
             */
            createdBy: string;
            fixed: components["schemas"]["BudgetFixedLineResponse"][];
            flexible: components["schemas"]["BudgetFlexibleLineResponse"][];
            household: components["schemas"]["BudgetHouseholdResponse"];
            /** Format: uuid */
            id: string;
            income: components["schemas"]["BudgetIncomeLineResponse"][];
            /** Format: uuid */
            referralId: string;
        };
        CalendarRulesResponse: {
            /** @description Days besides weekends and public holidays on which nothing falls due */
            closedDays: ("constitutionDay" | "christmasEve" | "newYearsEve")[];
            /** @example 14 */
            paymentDeadlineDays: number;
            /** @enum {string} */
            paymentDemandCountFrom: "dueDate" | "lastOnTimeDay";
            /** @description Whether a Saturday counts as a weekday (hverdag) before a payment demand */
            saturdayIsWeekday: boolean;
        };
        CaseCustodyContactResponse: {
            email: string | null;
            /** @enum {string} */
            kind: "person" | "probation_officer";
            /** @description The person's name, or the probation officer's (or the unit's) */
            name: string;
            phone: string | null;
        };
        CaseCustodyResponse: {
            /** @description Where to send post, e.g. a copy of the påkrav */
            contact: components["schemas"]["CaseCustodyContactResponse"];
            /**
             * Format: uuid
             * @description The tenant who is away
             */
            personId: string;
            /**
             * Format: date
             * @description Away since
             */
            since: string;
        };
        CaseListItemResponse: {
            address: string;
            balanceDkk: string;
            balanceOre: number;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            /** Format: date */
            nextDeadlineOn: string | null;
            /** Format: date-time */
            openedAt: string;
            /** @description nextDeadlineOn has passed with its step still not taken */
            overdue: boolean;
            /** @enum {string} */
            stage: "registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed";
            /** Format: uuid */
            tenancyId: string;
            unit: string;
        };
        CaseListItemResponsePage: {
            items: components["schemas"]["CaseListItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        CaseResponse: {
            /** @example 13000.00 */
            balanceDkk: string;
            balanceOre: number;
            /** Format: date-time */
            closedAt: string | null;
            /** @description For the landlord's caseworkers: a tenant is away in custody, since when and whom to contact — only when the tenant's probation-cooperation consent names the landlord; otherwise null. The påkrav still follows the law. */
            custody: components["schemas"]["CaseCustodyResponse"] | null;
            /** Format: uuid */
            departmentId: string;
            /** Format: date */
            evictionRequestedOn: string | null;
            /** Format: date */
            evictionScheduledFor: string | null;
            /** Format: uuid */
            id: string;
            monthsInArrears: number;
            /** Format: uuid */
            municipalityId: string;
            /** Format: date */
            municipalityNoticeOn: string | null;
            /** Format: date */
            oldestUnpaidDueDate: string | null;
            /** Format: date-time */
            openedAt: string;
            /** @enum {string|null} */
            outcome: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "withdrawn" | null;
            /**
             * @description The structured outcome of a closed case (docs/statistics.md#outcomes); null while open
             * @enum {string|null}
             */
            outcomeKind: "evicted" | "averted" | "closed_without_proceedings" | null;
            /**
             * @description Why the eviction was averted
             * @enum {string|null}
             */
            outcomeReason: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "other" | null;
            /** @description The first of upcomingDeadlines is overdue */
            overdue: boolean;
            paymentDemand: components["schemas"]["PaymentDemandResponse"] | null;
            /** @enum {string} */
            stage: "registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed";
            tenancy: components["schemas"]["CaseTenancyResponse"];
            /** Format: uuid */
            tenancyId: string;
            tenants: components["schemas"]["TenantResponse"][];
            /** Format: date */
            terminatedOn: string | null;
            /** @description The legal dates of the stage, earliest first; a date that has passed stays, marked overdue */
            upcomingDeadlines: components["schemas"]["LegalDateResponse"][];
            /** @description Send it back with the next transition */
            version: number;
        };
        CaseSummaryResponse: {
            /** @example 13000.00 */
            balanceDkk: string;
            balanceOre: number;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: uuid */
            departmentId: string;
            /** Format: date */
            evictionRequestedOn: string | null;
            /** Format: date */
            evictionScheduledFor: string | null;
            /** Format: uuid */
            id: string;
            monthsInArrears: number;
            /** Format: uuid */
            municipalityId: string;
            /** Format: date */
            municipalityNoticeOn: string | null;
            /** Format: date */
            oldestUnpaidDueDate: string | null;
            /** Format: date-time */
            openedAt: string;
            /** @enum {string|null} */
            outcome: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "withdrawn" | null;
            /**
             * @description The structured outcome of a closed case (docs/statistics.md#outcomes); null while open
             * @enum {string|null}
             */
            outcomeKind: "evicted" | "averted" | "closed_without_proceedings" | null;
            /**
             * @description Why the eviction was averted
             * @enum {string|null}
             */
            outcomeReason: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "other" | null;
            /** @description The first of upcomingDeadlines is overdue */
            overdue: boolean;
            paymentDemand: components["schemas"]["PaymentDemandResponse"] | null;
            /** @enum {string} */
            stage: "registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed";
            /** Format: uuid */
            tenancyId: string;
            /** Format: date */
            terminatedOn: string | null;
            /** @description The legal dates of the stage, earliest first; a date that has passed stays, marked overdue */
            upcomingDeadlines: components["schemas"]["LegalDateResponse"][];
            /** @description Send it back with the next transition */
            version: number;
        };
        CaseTenancyResponse: {
            address: string;
            city: string | null;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            id: string;
            monthlyRentOre: number;
            postcode: string | null;
            unit: string;
        };
        CaseWarningResponse: {
            /** Format: date */
            acknowledgeBy: string;
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgementComment: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveries: components["schemas"]["WarningDeliveryResponse"][];
            /** Format: date-time */
            escalatedAt: string | null;
            /** Format: date-time */
            escalatedToManagersAt: string | null;
            escalationLevel: number;
            /** Format: date-time */
            firstReadAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            recipientId: string;
            recipientName: string;
            /** @example municipality */
            recipientType: string;
            /** @example arrears-registered */
            rule: string;
            ruleVersion: number;
            /** @enum {string} */
            state: "queued" | "sent" | "failed" | "undelivered" | "read" | "acknowledged" | "escalated";
            title: components["schemas"]["BilingualTextResponse"];
            /** Format: date-time */
            undeliveredAt: string | null;
            /** @enum {string} */
            urgency: "urgent" | "normal";
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChildrenByBandResponse: {
            /** @description Children aged 0–1 on the budget date */
            "0_1": number;
            "2_6": number;
            "7_17": number;
        };
        CloseReferralDto: {
            /**
             * @description no_contact only without a first contact; every other outcome only after one
             * @enum {string}
             */
            outcome: "plan_agreed" | "debt_relief_applied" | "referred_on" | "no_contact" | "tenant_declined";
            /** @description The referral version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        ComparisonResponse: {
            /**
             * Format: date-time
             * @description When the figures were computed (the fit); null before the first refit
             */
            asOf: string | null;
            fit: components["schemas"]["RiskModelFitResponse"] | null;
            /** @enum {string} */
            level: "municipality" | "housing_organisation";
            /** @description Always false: the comparison is as of the last refit */
            live: boolean;
            total: components["schemas"]["ComparisonTotalsResponse"] | null;
            units: components["schemas"]["UnitComparisonResponse"][];
        };
        ComparisonTotalsResponse: {
            actual: components["schemas"]["CountCellResponse"];
            cases: components["schemas"]["CountCellResponse"];
            /** @description Equals actual nationally for the cases the model was fitted on */
            expected: number;
        };
        CompleteReleaseTaskDto: {
            /**
             * Format: date
             * @description The day it was done: not in the future, not before the custody began
             */
            completedOn: string;
        };
        ConsentResponse: {
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            givenAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            purpose: "municipality-case-details" | "debt-counselling" | "probation-cooperation";
            /** Format: uuid */
            recipientId: string;
            /** @enum {string} */
            recipientType: "municipality" | "counselling_provider" | "probation_unit" | "housing_organisation";
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        ContactEntryResponse: {
            contactEmail: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        ContactEntryResponsePage: {
            items: components["schemas"]["ContactEntryResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        CooperationAgreementDto: {
            /** @description Arrears (øre) from which "arrears registered" is sent */
            arrearsThresholdOre: number;
            enabledWarnings: ("arrears-registered" | "payment-demand-sent" | "deadline-passed" | "terminated" | "eviction-scheduled-reminder" | "payment-plan-instalment-missed" | "payment-plan-broken")[];
            /** @description Business days before the eviction date for the reminder */
            evictionReminderBusinessDays: number;
            /** Format: uuid */
            housingOrganisationId: string;
            /** Format: uuid */
            municipalityId: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string | null;
        };
        CooperationAgreementResponse: {
            /**
             * @description In øre
             * @example 500000
             */
            arrearsThresholdOre: number;
            enabledWarnings: ("arrears-registered" | "payment-demand-sent" | "deadline-passed" | "terminated" | "eviction-scheduled-reminder" | "payment-plan-instalment-missed" | "payment-plan-broken")[];
            /** @example 5 */
            evictionReminderBusinessDays: number;
            /** Format: uuid */
            housingOrganisationId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string | null;
            version: number;
        };
        CountCellResponse: {
            /** @description true: the count is under 5, or hidden so that one under 5 cannot be worked out from the total (secondary suppression) */
            suppressed: boolean;
            /** @description null when suppressed (shown as "<5") */
            value: number | null;
        };
        CreateBudgetDto: {
            /**
             * Format: date
             * @description The budget date: the standard living amount in force on it is used
             */
            budgetOn: string;
            /** @description Fixed costs, each approved or not for the ability to pay */
            fixed: components["schemas"]["FixedLineDto"][];
            /** @description Flexible costs (in the disposable amount only) */
            flexible: components["schemas"]["FlexibleLineDto"][];
            household: components["schemas"]["HouseholdDto"];
            income: components["schemas"]["IncomeLineDto"][];
        };
        CreateConsentDto: {
            /**
             * Format: date-time
             * @description After givenAt (400 CONSENT_PERIOD_INVALID otherwise)
             */
            expiresAt?: string;
            /** Format: date-time */
            givenAt: string;
            /** @enum {string} */
            purpose: "municipality-case-details" | "debt-counselling" | "probation-cooperation";
            /**
             * Format: uuid
             * @description The municipality, provider or probation unit the purpose names
             */
            recipientId: string;
        };
        CreateContactEntryDto: {
            /** @example kontakt@example.dk */
            contactEmail: string;
            /** @example Kriminalforsorgen Hovedstaden */
            name: string;
        };
        CreateCustodyEpisodeDto: {
            /** @description Whom to contact about post while the tenant is away */
            contact: components["schemas"]["EpisodeContactDto"];
            /**
             * Format: date
             * @description Where known: not before the start
             */
            expectedReleaseOn?: string;
            /** @description The prison or remand institution (not the offence) */
            institution: string;
            /**
             * @description remand (varetægt) or sentence (afsoning)
             * @enum {string}
             */
            kind: "remand" | "sentence";
            /**
             * Format: date
             * @description Where known (prøveløsladelse): not before the start
             */
            paroleOn?: string;
            /**
             * Format: uuid
             * @description The tenant; their probation-cooperation consent must be in force
             */
            personId: string;
            /**
             * Format: uuid
             * @description Housing caseworkers: the probation unit the tenant's consent names (required). Probation officers: ignored, their own unit.
             */
            probationUnitId?: string;
            /** @description Where known; never on remand */
            sentenceMonths?: number;
            /**
             * Format: date
             * @description When the custody began: not in the future
             */
            startedOn: string;
        };
        CreateDebtDto: {
            /** @description What is owed, in øre */
            amountOwedOre: number;
            /** @description Who the debt is owed to */
            creditor: string;
            /**
             * @description Any kind but rent_arrears: the rent arrears are the case's ledger balance, read live
             * @enum {string}
             */
            kind: "other_housing" | "utilities" | "public_debt_gaeldsstyrelsen" | "fines" | "consumer_credit" | "quick_loans" | "private" | "other";
            /** @description What is paid on it each month, in øre (0 when nothing) */
            monthlyPaymentOre: number;
            /** @enum {string} */
            status: "untouched" | "negotiating" | "agreed" | "under_collection" | "written_off" | "in_gaeldssanering";
            /**
             * @description Public debt under enforcement (lønindeholdelse, udlæg): makes it a priority debt. Only on public debt
             * @default false
             */
            underEnforcement?: boolean;
        };
        CreateDepartmentDto: {
            /** @example Solvej 1-40, 2300 København S */
            address: string;
            /** Format: uuid */
            housingOrganisationId: string;
            /** Format: uuid */
            municipalityId: string;
            /** @example Solgården */
            name: string;
            /**
             * @description The organisation’s own department number (afdelingsnummer)
             * @example 12
             */
            number: string;
        };
        CreatedSessionResponse: {
            /** @enum {string} */
            channel: "in_person" | "phone" | "video" | "home_visit" | "prison_visit";
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            /** @description The session was the first contact: the referral went from accepted to in_contact, dated the session’s day */
            firstContactRecorded: boolean;
            /** Format: uuid */
            id: string;
            minutes: number;
            nextAction: components["schemas"]["SessionNextActionResponse"] | null;
            /** @description Sensitive: only the provider's debt advisors see it */
            note: string | null;
            /**
             * Format: uuid
             * @description The advisor who recorded it
             */
            recordedBy: string;
            /** Format: uuid */
            referralId: string;
            topics: ("rent_arrears" | "debt_overview" | "budget" | "benefits" | "aktivloven_81" | "aktivloven_81a" | "aktivloven_81b" | "creditor_negotiation" | "gaeldssanering" | "bailiff_court" | "other")[];
            /** @description Send it back to mark the next action done */
            version: number;
        };
        CreateHousingOrganisationDto: {
            /** @example udlejning@demo-bolig.dk */
            contactEmail?: string;
            /**
             * @description CVR number, 8 digits
             * @example 12345678
             */
            cvr?: string;
            /** @example Demo Boligselskab */
            name: string;
        };
        CreateMunicipalityDto: {
            /**
             * @description Mailbox that receives early warnings
             * @example boligvarsler@kk.dk
             */
            alertEmail: string;
            /**
             * @description Three-digit municipality code (kommunekode)
             * @example 101
             */
            code: string;
            /** @example København */
            name: string;
        };
        CreatePersonDto: {
            /** @example Solvej 12, 2. tv. */
            address?: string;
            /** @default 0 */
            childrenUnder18?: number;
            /** @example København S */
            city?: string;
            /**
             * @description Validated; stored encrypted; never logged
             * @example 010170-1234
             */
            cpr?: string;
            email?: string;
            /**
             * Format: uuid
             * @description Administrators only; caseworkers register in their own
             */
            housingOrganisationId?: string;
            /** @enum {string} */
            language?: "da" | "en";
            /**
             * Format: uuid
             * @description Municipality of residence
             */
            municipalityId?: string;
            /** @example Jens Jensen */
            name: string;
            /** @example +45 12 34 56 78 */
            phone?: string;
            /** @example 2300 */
            postcode?: string;
        };
        CreateReferralDto: {
            /**
             * Format: uuid
             * @description The arrears case the referral is about (in your scope)
             */
            caseId: string;
            /**
             * Format: uuid
             * @description The debt-counselling provider; the tenant must have a debt-counselling consent in force naming it
             */
            counsellingProviderId: string;
            /**
             * Format: uuid
             * @description The tenant referred: a tenant of the case's tenancy
             */
            personId: string;
            /**
             * @description Den Sociale Retshjælp's steps 1–3: quick advice, light casework, full casework
             * @enum {string}
             */
            serviceLevel: "quick_advice" | "light_casework" | "full_casework";
        };
        CreateSessionDto: {
            /**
             * @description How the session took place
             * @enum {string}
             */
            channel: "in_person" | "phone" | "video" | "home_visit" | "prison_visit";
            /**
             * Format: date
             * @description The day of the session: not after today (Copenhagen)
             */
            date: string;
            minutes: number;
            /** @description The next action and its due date; the provider is reminded when it is past due and not done */
            nextAction?: components["schemas"]["NextActionDto"] | null;
            /** @description A short note. Sensitive: stored encrypted, shown only to the provider's debt advisors, never in emails, logs, exports or the audit log */
            note?: string | null;
            /** @description At least one, each once */
            topics: ("rent_arrears" | "debt_overview" | "budget" | "benefits" | "aktivloven_81" | "aktivloven_81a" | "aktivloven_81b" | "creditor_negotiation" | "gaeldssanering" | "bailiff_court" | "other")[];
        };
        CreateTenancyDto: {
            /** @example Solvej 12, 2. tv. */
            address: string;
            /** @example København S */
            city?: string;
            /** Format: uuid */
            departmentId: string;
            /**
             * @description Monthly rent in øre (6,500.00 kr)
             * @example 650000
             */
            monthlyRentOre: number;
            /** @example 2300 */
            postcode?: string;
            /**
             * Format: date
             * @example 2019-08-01
             */
            startDate?: string;
            /**
             * @description Lease or unit number within the department
             * @example 12-0304
             */
            unit: string;
        };
        CreateUserDto: {
            /**
             * Format: uuid
             * @description debt_advisor
             */
            counsellingProviderId?: string;
            /** @description Limit a caseworker to these departments of their organisation */
            departmentIds?: string[];
            /** @example sagsbehandler@demo-bolig.dk */
            email: string;
            /**
             * Format: uuid
             * @description housing_caseworker, or an organisation manager
             */
            housingOrganisationId?: string;
            /**
             * @default da
             * @enum {string}
             */
            language?: "da" | "en";
            /**
             * Format: uuid
             * @description municipal_social_worker, or a municipality manager
             */
            municipalityId?: string;
            /** @example Sara Sagsbehandler */
            name: string;
            /** @description Initial password; at least 12 characters */
            password: string;
            /**
             * Format: uuid
             * @description probation_officer
             */
            probationUnitId?: string;
            /** @enum {string} */
            role: "housing_caseworker" | "municipal_social_worker" | "debt_advisor" | "probation_officer" | "manager" | "administrator";
            /** @description Team lead: receives the first escalation of unacknowledged warnings */
            teamLead?: boolean;
        };
        CustodyEpisodeListResponse: {
            items: components["schemas"]["CustodyEpisodeResponse"][];
        };
        CustodyEpisodeResponse: {
            address: string | null;
            /** @enum {string|null} */
            closedReason: "released" | "consent_withdrawn" | null;
            contact: components["schemas"]["EpisodeContactResponse"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            expectedReleaseOn: string | null;
            /**
             * Format: date
             * @description The parole date where known, else the expected release
             */
            expectedReturnOn: string | null;
            /** Format: uuid */
            id: string;
            institution: string | null;
            /** @enum {string|null} */
            kind: "remand" | "sentence" | null;
            open: boolean;
            /** Format: date */
            paroleOn: string | null;
            /** Format: uuid */
            personId: string;
            personName: string;
            probationUnit: components["schemas"]["ProbationUnitRefResponse"];
            /** Format: date */
            releasedOn: string | null;
            sentenceMonths: number | null;
            /**
             * Format: date
             * @description Away since
             */
            startedOn: string;
            /** @description Send it back with the next change */
            version: number;
            /**
             * @description full: the probation officer sees every field; recipient: the landlord or the municipality named by the consent sees that the tenant is away, since when, the expected return and the contact — kind, institution, dates of release and parole, and sentence length are null
             * @enum {string}
             */
            view: "full" | "recipient";
        };
        CustodyNoticeContactResponse: {
            email: string | null;
            /** @enum {string} */
            kind: "person" | "probation_officer";
            name: string;
            phone: string | null;
        };
        CustodyNoticeFactsResponse: {
            /**
             * Format: date
             * @description The first day in custody
             */
            awaySince: string;
            /** @description Whom to contact about post while the tenant is away; null on a release */
            contact: components["schemas"]["CustodyNoticeContactResponse"] | null;
            /**
             * Format: date
             * @description The parole date where known, else the expected release; null: not known
             */
            expectedReturnOn: string | null;
            /**
             * Format: date
             * @description The release (custody-released)
             */
            releasedOn: string | null;
        };
        CustodyNoticeSettingDto: {
            /** @description Business days the recipients of the unit's custody notices (landlord, municipality) have to acknowledge them before they escalate */
            acknowledgeBusinessDays: number;
        };
        CustodyNoticeSettingResponse: {
            /** @example 2 */
            acknowledgeBusinessDays: number;
            /** Format: uuid */
            probationUnitId: string;
        };
        CustodyReminderFactsResponse: {
            /**
             * Format: date
             * @description The task's due day (the housing help: its opening), or the sublet's last day
             */
            on: string;
            /** @enum {string} */
            stage: "release_task_due" | "release_task_overdue" | "sublet_ending";
            /**
             * @description The release task (none for a sublet ending)
             * @enum {string|null}
             */
            taskKind: "action_plan" | "municipality_contact" | "release_meeting" | "housing_setup_help" | null;
        };
        DeadlinesResponse: {
            /** Format: date */
            demandReceived: string | null;
            /**
             * Format: date
             * @example 2026-08-01
             */
            dueDate: string;
            earliestPaymentDemandDate: components["schemas"]["ExplainedDateResponse"];
            earliestTerminationDate: components["schemas"]["ExplainedDateResponse"] | null;
            lastOnTimePaymentDay: components["schemas"]["ExplainedDateResponse"];
            /** @description Null until the day of receipt is known */
            paymentDeadline: components["schemas"]["ExplainedDateResponse"] | null;
            /** @description The readings applied, defaults filled in */
            rules: components["schemas"]["CalendarRulesResponse"];
            warnings: components["schemas"]["DeadlineWarningResponse"][];
        };
        DeadlineWarningResponse: {
            /** @enum {string} */
            code: "DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE" | "DUE_DATE_BEFORE_2013" | "DEMAND_RECEIVED_BEFORE_JUNE_2009";
            text: components["schemas"]["LocalizedLineResponse"];
        };
        DebtOverviewLineResponse: {
            amountOwedOre: number;
            /** @description False for a written-off debt: listed, not counted in the totals */
            counted: boolean;
            creditor: string;
            /** @description The rent arrears: the case's ledger balance now, never typed in */
            fromLedger: boolean;
            /**
             * Format: uuid
             * @description Null for the ledger’s rent-arrears line
             */
            id: string | null;
            /** @enum {string} */
            kind: "rent_arrears" | "other_housing" | "utilities" | "public_debt_gaeldsstyrelsen" | "fines" | "consumer_credit" | "quick_loans" | "private" | "other";
            monthlyPaymentOre: number;
            priority: boolean;
            /** @enum {string} */
            status: "untouched" | "negotiating" | "agreed" | "under_collection" | "written_off" | "in_gaeldssanering";
            underEnforcement: boolean;
            /** @description Null for the ledger line */
            version: number | null;
        };
        DebtOverviewResponse: {
            /** @description Priority debts first, then by kind, then the largest first; the rent arrears from the ledger */
            lines: components["schemas"]["DebtOverviewLineResponse"][];
            nonPriority: components["schemas"]["DebtTotalsResponse"];
            priority: components["schemas"]["DebtTotalsResponse"];
            total: components["schemas"]["DebtTotalsResponse"];
        };
        DebtResponse: {
            amountOwedOre: number;
            /** Format: date-time */
            createdAt: string;
            creditor: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "other_housing" | "utilities" | "public_debt_gaeldsstyrelsen" | "fines" | "consumer_credit" | "quick_loans" | "private" | "other";
            monthlyPaymentOre: number;
            /** @description Not paying it can cost the home or liberty (the debt rules) */
            priority: boolean;
            /** Format: uuid */
            referralId: string;
            /** @enum {string} */
            status: "untouched" | "negotiating" | "agreed" | "under_collection" | "written_off" | "in_gaeldssanering";
            underEnforcement: boolean;
            /** @description Send it back with a change or a delete */
            version: number;
        };
        DebtTotalsResponse: {
            amountOwedOre: number;
            monthlyPaymentOre: number;
        };
        DecideHousingPlanDto: {
            /**
             * @description give_up: storage, network (family takes them) or disposed
             * @enum {string|null}
             */
            belongings?: "storage" | "network" | "disposed" | null;
            /**
             * Format: date
             * @description The day it was decided: not in the future
             */
            decidedOn: string;
            /**
             * Format: date
             * @description sublet: the day the landlord consented (on or before the first day)
             */
            landlordConsentOn?: string | null;
            /**
             * Format: date
             * @description give_up: the day the lease ends
             */
            leaseEndsOn?: string | null;
            /**
             * Format: date
             * @description give_up: the day of the notice
             */
            noticeOn?: string | null;
            /**
             * @description keep_own_means: rent from own means; municipality_pays: a reasonable housing cost (the municipality or the probation officer only); sublet: the whole home, up to 2 years, with the landlord’s consent; give_up: notice, lease end, belongings
             * @enum {string}
             */
            option: "keep_own_means" | "municipality_pays" | "sublet" | "give_up";
            /**
             * Format: date
             * @description sublet: the first day
             */
            subletFromOn?: string | null;
            /** @description municipality_pays: the municipality’s examination whether subletting is possible (true/false; null or absent: not examined). Required for a sentence expected over 6 months. */
            subletPossible?: boolean | null;
            /**
             * Format: date
             * @description sublet: the last day (inclusive)
             */
            subletToOn?: string | null;
        };
        DecideRentAssistanceDto: {
            /**
             * @description The amount granted, in øre: required with granted (RENT_ASSISTANCE_AMOUNT_REQUIRED), refused with refused (RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED)
             * @example 650000
             */
            amountOre?: number;
            /** @description Needed to change a decision already recorded (else 409 RENT_ASSISTANCE_ALREADY_DECIDED); kept on the case timeline. Refused on a pending application (RENT_ASSISTANCE_NOT_DECIDED). */
            correctionReason?: string;
            /**
             * Format: date
             * @description The day of the decision: not before the application, nor in the future
             * @example 2026-11-27
             */
            decidedOn: string;
            /** @enum {string} */
            decision: "granted" | "refused";
            /** @description The application version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        DeclineReferralDto: {
            /** @description Why the provider declines (shown to the referrer) */
            reason: string;
            /** @description The referral version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        DepartmentResponse: {
            address: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            housingOrganisationId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            name: string;
            number: string;
        };
        DepartmentResponsePage: {
            items: components["schemas"]["DepartmentResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        EndPaymentPlanDto: {
            /**
             * Format: date
             * @description Not before the plan was agreed, nor in the future
             * @example 2027-03-10
             */
            on: string;
            /** @description The case version you read; a newer one gives 409 STALE_VERSION */
            version: number;
        };
        EpisodeContactDto: {
            /** @description Only for a person */
            email?: string;
            /**
             * @description person: someone the tenant named (name and a phone or an email); probation_officer: the officer
             * @enum {string}
             */
            kind: "person" | "probation_officer";
            /** @description Only for a person: their name */
            name?: string;
            /** @description Only for a person */
            phone?: string;
        };
        EpisodeContactResponse: {
            email: string | null;
            /** @enum {string} */
            kind: "person" | "probation_officer";
            /** @description The person's name, or the officer's (or the unit's) */
            name: string;
            phone: string | null;
        };
        EpisodeReleaseTasksResponse: {
            /** @description Whether the Køreplan applies (a sentence of 4 months or more) */
            applies: boolean;
            /** Format: uuid */
            episodeId: string;
            /** @description In the Køreplan’s order */
            items: components["schemas"]["ReleaseTaskResponse"][];
            /** @enum {string|null} */
            notApplicableReason: "remand" | "sentence_unknown" | "sentence_under_four_months" | "facts_invalid" | null;
        };
        ErrorResponse: {
            /**
             * @description Stable code to match on
             * @example MUNICIPALITY_CODE_TAKEN
             */
            code: string;
            /** @description What is wrong, one item per problem (empty when there is nothing to add); the same shape for every code */
            details: ({
                [key: string]: unknown;
            } & components["schemas"]["FieldProblemResponse"])[];
            /**
             * Format: uuid
             * @description Only on a 500: quote it to support
             */
            errorId?: string;
            /** @example Der findes allerede en kommune med kommunekode 101. */
            message: string;
            /** @example 0f7c2d2e-8f7e-4a0e-9a55-6c1f7f0b7a11 */
            requestId: string;
            /** @example 409 */
            statusCode: number;
        };
        ExplainedDateResponse: {
            /**
             * @example [
             *       "almenlejeloven § 44, stk. 2"
             *     ]
             */
            basis: string[];
            /**
             * Format: date
             * @example 2026-08-03
             */
            date: string;
            explanation: components["schemas"]["LocalizedLineResponse"];
        };
        FieldProblemResponse: {
            /** @example dueDate */
            field: string | null;
            /** @example Skal være en dato skrevet ÅÅÅÅ-MM-DD. */
            message: string;
            /**
             * @description The rule it broke
             * @example isCalendarDate
             */
            rule: string;
        };
        FirstContactDto: {
            /**
             * Format: date
             * @description The day of the first contact: not before the acceptance, not in the future
             */
            on: string;
            /** @description The referral version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        FixedLineDto: {
            /** @description Per month, in øre */
            amountOre: number;
            /** @description Counted in the ability to pay: the advisor accepts the cost as necessary */
            approved: boolean;
            /** @enum {string} */
            group: "rent" | "utilities" | "insurance" | "union_unemployment_fund" | "transport" | "childcare" | "child_support_paid" | "health" | "debt_priority_payments" | "other_fixed";
        };
        FlexibleLineDto: {
            /** @description Per month, in øre */
            amountOre: number;
            /** @enum {string} */
            group: "food" | "clothing" | "phone_internet" | "leisure" | "debt_other_payments" | "other";
        };
        HealthResponse: {
            /** @description Per service (database, queue, smtp): its status and the last probe result, with checkedAt and ageMs */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down" | "degraded";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description Per service (database, queue, smtp): its status and the last probe result, with checkedAt and ageMs */
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down" | "degraded";
                } & {
                    [key: string]: unknown;
                };
            } | null;
            /** @description Per service (database, queue, smtp): its status and the last probe result, with checkedAt and ageMs */
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down" | "degraded";
                } & {
                    [key: string]: unknown;
                };
            } | null;
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        HolidayResponse: {
            /**
             * Format: date
             * @example 2026-04-03
             */
            date: string;
            /** @example Langfredag */
            name: string;
            /** @example Good Friday */
            nameEn: string;
        };
        HouseholdDto: {
            /** @description Adults, the person counselled included */
            adults: number;
            /** @description Each child's birth date: the age band is worked out on the budget date */
            childBirthDates: string[];
        };
        HousingOrganisationResponse: {
            contactEmail: string | null;
            /** Format: date-time */
            createdAt: string;
            cvr: string | null;
            /** Format: uuid */
            id: string;
            name: string;
        };
        HousingOrganisationResponsePage: {
            items: components["schemas"]["HousingOrganisationResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        HousingPlanListResponse: {
            /** @description The plan in force first */
            items: components["schemas"]["HousingPlanResponse"][];
        };
        HousingPlanResponse: {
            /** @enum {string|null} */
            belongings: "storage" | "network" | "disposed" | null;
            /** Format: date-time */
            createdAt: string;
            decidedBy: components["schemas"]["PersonRefResponse"] | null;
            /** @enum {string} */
            decidedByParty: "probation" | "landlord" | "municipality";
            /** Format: date */
            decidedOn: string;
            /** Format: uuid */
            episodeId: string;
            /** Format: uuid */
            id: string;
            /** @description The latest decision: the plan in force */
            inForce: boolean;
            /** Format: date */
            landlordConsentOn: string | null;
            /** Format: date */
            leaseEndsOn: string | null;
            /** Format: date */
            noticeOn: string | null;
            /** @enum {string} */
            option: "keep_own_means" | "municipality_pays" | "sublet" | "give_up";
            /** Format: date */
            subletFromOn: string | null;
            subletPossible: boolean | null;
            /**
             * Format: date
             * @description sublet: the reminder that it ends, 30 days before its last day (a business day on or before)
             */
            subletReminderOn: string | null;
            /** Format: date */
            subletToOn: string | null;
            /**
             * @description full: the probation officer (every decision, every field); recipient: the landlord or the municipality named by the consent sees the plan in force only, without who decided and without the municipality’s examination (subletPossible null)
             * @enum {string}
             */
            view: "full" | "recipient";
        };
        ImportErrorDetailResponse: {
            /**
             * @description The column header the file should have
             * @example Restance
             */
            column?: string;
            /** @example arrearsOre */
            field: string | null;
            message: components["schemas"]["BilingualTextResponse"];
            /** @example IMPORT_MISSING_COLUMNS */
            rule: string;
        };
        ImportErrorResponse: {
            /** @example IMPORT_MISSING_COLUMNS */
            code: string;
            /** @description One item per thing to put right, e.g. per missing column */
            details: components["schemas"]["ImportErrorDetailResponse"][];
            text: components["schemas"]["BilingualTextResponse"];
        };
        ImportProblemResponse: {
            /** @example INVALID_AMOUNT */
            code: string;
            /**
             * @description The column's header in the user's file; null for the row as a whole
             * @example Restance
             */
            column: string | null;
            /**
             * @description The stable name of the field, or `row`
             * @example arrearsOre
             */
            field: string;
            message: components["schemas"]["BilingualTextResponse"];
            rowNumber: number;
        };
        ImportProblemResponsePage: {
            items: components["schemas"]["ImportProblemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        ImportResponse: {
            /** @description Attempts at processing it so far */
            attempts: number;
            changedRows: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The character encoding a CSV or JSON file was read in; null for a workbook
             * @enum {string|null}
             */
            encoding: "UTF-8" | "Windows-1252" | "ISO-8859-1" | null;
            /** @description Why the whole file failed */
            error: components["schemas"]["ImportErrorResponse"] | null;
            failedRows: number;
            fileName: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            format: "csv" | "json" | "xlsx";
            /** Format: uuid */
            housingOrganisationId: string;
            /** Format: uuid */
            id: string;
            sizeBytes: number;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "received" | "processing" | "completed" | "failed";
            totalRows: number;
            unchangedRows: number;
        };
        ImportResponsePage: {
            items: components["schemas"]["ImportResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        InboxItemResponse: {
            /**
             * Format: uuid
             * @description Set only when the reader may open the case
             */
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "warning" | "escalation" | "undelivered";
            /** Format: date-time */
            readAt: string | null;
            /** @enum {string} */
            urgency: "urgent" | "normal";
            warning: components["schemas"]["InboxWarningResponse"];
        };
        InboxItemResponsePage: {
            items: components["schemas"]["InboxItemResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        InboxWarningResponse: {
            /**
             * Format: date
             * @description Acknowledge by this day, or it escalates
             */
            acknowledgeBy: string;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: uuid */
            acknowledgedBy: string | null;
            acknowledgementComment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Name, address and consented details; null for managers, who see no personal data */
            data: components["schemas"]["WarningDataResponse"] | null;
            escalationLevel: number;
            /** Format: uuid */
            id: string;
            /** @example municipality */
            recipientType: string;
            /** @example arrears-registered */
            rule: string;
            title: components["schemas"]["BilingualTextResponse"];
            /** Format: date-time */
            undeliveredAt: string | null;
        };
        IncomeLineDto: {
            /** @description Per month, after tax, in øre */
            amountOre: number;
            /** @enum {string} */
            group: "wages" | "benefits" | "pension" | "other";
        };
        InstalmentResponse: {
            /** @example 1000.00 */
            amountDkk: string;
            amountOre: number;
            /**
             * Format: date
             * @description The last day paid on time: the nominal date moved off a non-business day
             */
            dueOn: string;
            /**
             * Format: date
             * @description From this day (after the grace days) an unpaid instalment is missed
             */
            expectedFrom: string;
            /**
             * Format: date
             * @description The date the plan names (the month's last day when it is shorter)
             */
            nominalDueOn: string;
            number: number;
        };
        LedgerLineResponse: {
            /** @example -6500.00 */
            amountDkk: string;
            /** @description Positive adds to what is owed; a payment is negative */
            amountOre: number;
            /** @example 6500.00 */
            balanceAfterDkk: string;
            /** @description The balance after this line, in the ledger order */
            balanceAfterOre: number;
            /** Format: date */
            bookedOn: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dueDate: string | null;
            /** @example 42 */
            id: string;
            /** @enum {string} */
            kind: "rent_charge" | "payment" | "fee" | "correction" | "balance_forward";
            /**
             * Format: uuid
             * @description balance_forward: the earlier case the balance came from, or the newer one it moved to
             */
            relatedCaseId: string | null;
            /** @example manual */
            source: string;
        };
        LedgerLineResponsePage: {
            items: components["schemas"]["LedgerLineResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        LegalDateResponse: {
            /** Format: date */
            date: string;
            /** @example earliest_termination */
            key: string;
            /**
             * @example {
             *       "da": "Lejemålet kan tidligst ophæves",
             *       "en": "Earliest day to terminate the lease"
             *     }
             */
            label?: {
                da: string;
                en: string;
            };
            /** @description The date has passed and the step it calls for is still not taken */
            overdue: boolean;
        };
        LivenessResponse: {
            /** @enum {string} */
            status: "ok";
        };
        LocalizedLineResponse: {
            /** @example Sidste rettidige betalingsdag er mandag d. 3. august 2026. */
            da: string;
            /** @example The last day to pay on time is Monday 3 August 2026. */
            en: string;
        };
        LoginDto: {
            /** @example sagsbehandler@demo-bolig.dk */
            email: string;
            /** @example demo-password-1 */
            password: string;
        };
        MunicipalityNoticeDto: {
            /** @description true: this notice corrects the date of the notice already given (sent to the municipality as a correction). Without it, the same date again changes nothing and another date is refused as NOTICE_DATE_CHANGED. */
            correction?: boolean;
            /**
             * Format: date
             * @description No later than the day of filing at the bailiff court
             * @example 2026-03-25
             */
            noticeOn: string;
        };
        MunicipalityResponse: {
            /** @example boligvarsler@kk.dk */
            alertEmail: string;
            /** @example 101 */
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example København */
            name: string;
        };
        MunicipalityResponsePage: {
            items: components["schemas"]["MunicipalityResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        NextActionDto: {
            /**
             * Format: date
             * @description When it is due: the session's day or later
             */
            dueDate: string;
            /** @description What happens next (1–300 characters) */
            text: string;
        };
        NotificationSettingDto: {
            /** @enum {string} */
            delivery: "immediate" | "digest" | "none";
            /**
             * @description Email language; unset: the user’s own
             * @enum {string|null}
             */
            language?: "da" | "en" | null;
        };
        NotificationSettingResponse: {
            /** @enum {string} */
            delivery: "immediate" | "digest" | "none";
            /** Format: email */
            email: string;
            /** @description True when nothing was set and the defaults apply */
            isDefault: boolean;
            /** @enum {string|null} */
            language: "da" | "en" | null;
        };
        PaymentDemandResponse: {
            /** @enum {string} */
            deliveryMethod: "registered_and_ordinary" | "registered" | "ordinary" | "digital_post" | "hand_delivered";
            feeOre: number;
            /** Format: date */
            receivedOn: string;
            /** Format: date */
            sentOn: string;
        };
        PaymentPlanResponse: {
            /** Format: uuid */
            agreedBy: string;
            /** Format: date */
            agreedOn: string;
            /** @example 6500.00 */
            amountDkk: string;
            amountOre: number;
            /** @description The case's balance now */
            balanceOre: number;
            /** Format: date */
            brokenOn: string | null;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            caseStage: "registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed";
            /** @description The case version, for the next step */
            caseVersion: number;
            /** Format: date */
            completedOn: string | null;
            /** @description The current rent must be paid as well (always true) */
            currentRentAlsoDue: boolean;
            /** @description The highest balance the plan allows today: the amount less every instalment past its grace days (0 once ended) */
            expectedBalanceOre: number;
            /** Format: date */
            firstDueOn: string;
            /** @enum {string} */
            frequency: "monthly" | "fortnightly" | "weekly";
            /** @description The housing organisation's grace days when the plan was agreed */
            graceDays: number;
            /** Format: uuid */
            id: string;
            instalmentCount: number;
            instalmentOre: number;
            instalments: components["schemas"]["InstalmentResponse"][];
            /** @enum {string} */
            status: "active" | "completed" | "broken";
            version: number;
        };
        PaymentPlanSettingsDto: {
            /**
             * @description Missed instalments that break a running plan automatically (from its next check)
             * @example 2
             */
            breakAfterMisses: number;
            /**
             * @description Calendar days after an instalment falls due before an unpaid one counts as missed (plans agreed from now on)
             * @example 5
             */
            graceDays: number;
        };
        PaymentPlanSettingsResponse: {
            breakAfterMisses: number;
            graceDays: number;
            /** Format: uuid */
            housingOrganisationId: string;
        };
        PersonAccessResponse: {
            /** @example person.read */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            actorOrganisation: string | null;
            /** @enum {string|null} */
            actorRole: "housing_caseworker" | "municipal_social_worker" | "debt_advisor" | "probation_officer" | "manager" | "administrator" | null;
            /** Format: date-time */
            at: string;
            requestId: string | null;
            sourceIp: string | null;
        };
        PersonRefResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        PersonResponse: {
            address: string | null;
            /** Format: date-time */
            anonymisedAt: string | null;
            childrenUnder18: number;
            city: string | null;
            /** @description Full number for housing caseworkers; DDMMYY-xxxx for everyone else */
            cpr: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /** Format: uuid */
            housingOrganisationId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "da" | "en";
            /** Format: uuid */
            municipalityId: string | null;
            name: string;
            phone: string | null;
            postcode: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PersonResponsePage: {
            items: components["schemas"]["PersonResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        PersonSearchDto: {
            /** @description Exact CPR number (sent in the body so it never lands in a URL or a log) */
            cpr?: string;
            /** @description Opaque; the nextCursor of the previous page */
            cursor?: string;
            /** @default 50 */
            limit?: number;
            /** @description Part of the name */
            name?: string;
        };
        ProbationUnitRefResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        RecordPaymentDto: {
            /**
             * @description Amount paid, in øre
             * @example 325000
             */
            amountOre: number;
            /**
             * Format: date
             * @example 2026-03-10
             */
            paidOn: string;
        };
        RecordRentAssistanceDto: {
            /**
             * Format: date
             * @description The day the tenant applied; not in the future
             * @example 2026-11-20
             */
            appliedOn: string;
            /**
             * @description section_81: one-off grant (aktivloven § 81); section_81a: temporary rent assistance (§ 81 a); section_81b: rent help for under-30s (§ 81 b); housing_benefit: boligstøtte
             * @enum {string}
             */
            kind: "section_81" | "section_81a" | "section_81b" | "housing_benefit";
        };
        ReferralListResponse: {
            items: components["schemas"]["ReferralResponse"][];
        };
        ReferralProviderResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ReferralResponse: {
            /** Format: date */
            acceptedOn: string | null;
            /** @description The tenancy's address */
            address: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date */
            closedOn: string | null;
            counsellingProvider: components["schemas"]["ReferralProviderResponse"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            declinedOn: string | null;
            declineReason: string | null;
            /** Format: date */
            firstContactOn: string | null;
            /** @description Accepted, and no first contact within the provider's business days */
            firstContactOverdue: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            outcome: "plan_agreed" | "debt_relief_applied" | "referred_on" | "no_contact" | "tenant_declined" | "consent_withdrawn" | null;
            /** Format: uuid */
            personId: string;
            /** @description The tenant referred (the consent allows the provider to see name and address) */
            personName: string;
            /** Format: date */
            sentOn: string;
            /** @enum {string} */
            serviceLevel: "quick_advice" | "light_casework" | "full_casework";
            /** @enum {string} */
            status: "sent" | "accepted" | "declined" | "in_contact" | "closed";
            /** @description Send it back with the next step */
            version: number;
            /**
             * Format: uuid
             * @description The warning that delivered it
             */
            warningId: string | null;
        };
        ReferralSettingDto: {
            /** @description Business days the provider has to answer a referral, and to make the first contact after accepting one, before it is reminded and escalated */
            answerBusinessDays: number;
        };
        ReferralSettingResponse: {
            answerBusinessDays: number;
            /** Format: uuid */
            counsellingProviderId: string;
        };
        ReferralVersionDto: {
            /** @description The referral version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RegisterArrearsDto: {
            /**
             * @description Unpaid amount for that due date, in øre
             * @example 650000
             */
            amountOre: number;
            /**
             * Format: date
             * @description The due date (forfaldsdag) of the unpaid rent
             * @example 2026-03-01
             */
            dueDate: string;
        };
        RegisterArrearsResponse: {
            case: components["schemas"]["CaseSummaryResponse"];
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged";
        };
        ReleaseCustodyEpisodeDto: {
            /**
             * Format: date
             * @description The day of the release: not before the start, not in the future
             */
            releasedOn: string;
            /** @description The episode version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        ReleaseTaskResponse: {
            /** @enum {string} */
            basis: "arrival" | "arrival_release_unknown" | "parole" | "expected_release" | "arrival_release_near" | "unknown";
            completedBy: components["schemas"]["PersonRefResponse"] | null;
            /** Format: date */
            completedOn: string | null;
            /**
             * Format: date
             * @description No later than (a business day)
             */
            dueOn: string | null;
            /** Format: uuid */
            episodeId: string;
            /** Format: date */
            escalateOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "action_plan" | "municipality_contact" | "release_meeting" | "housing_setup_help";
            /** Format: date */
            opensOn: string | null;
            /** Format: date */
            remindOn: string | null;
            /**
             * @description The party that must do it
             * @enum {string}
             */
            responsible: "probation" | "municipality";
            /**
             * @description On today (Copenhagen); closed: not done when the episode closed
             * @enum {string}
             */
            state: "done" | "undated" | "not_yet_open" | "open" | "due_soon" | "overdue" | "escalated" | "closed";
            /**
             * @description Who takes part
             * @enum {string|null}
             */
            with: "probation" | "municipality" | null;
        };
        RentAssistanceListResponse: {
            items: components["schemas"]["RentAssistanceResponse"][];
        };
        RentAssistanceResponse: {
            /** @example 6500.00 */
            amountDkk: string | null;
            /** @description The amount granted (only when granted) */
            amountOre: number | null;
            /** Format: date */
            appliedOn: string;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: uuid
             * @description Who recorded the decision
             */
            decidedBy: string | null;
            /** Format: date */
            decidedOn: string | null;
            /** @enum {string} */
            decision: "pending" | "granted" | "refused";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "section_81" | "section_81a" | "section_81b" | "housing_benefit";
            /**
             * Format: uuid
             * @description Who recorded the application
             */
            recordedBy: string;
            version: number;
        };
        ResetPasswordDto: {
            password: string;
        };
        RetryResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending";
        };
        RiskCoefficientResponse: {
            /** @description The log-odds coefficient; null: the feature did not vary among the cases fitted and was left out */
            estimate: number | null;
            /** @enum {string} */
            name: "intercept" | "months_in_arrears" | "arrears_to_rent" | "children_in_household" | "earlier_cases" | "custody_episode" | "referred_to_counselling";
            /** @description e^estimate */
            oddsRatio: number | null;
            /** @description From the inverse of the information matrix */
            standardError: number | null;
        };
        RiskModelFitResponse: {
            coefficients: components["schemas"]["RiskCoefficientResponse"][];
            /**
             * Format: date-time
             * @description The model was fitted on the cases closed after this instant…
             */
            dataFrom: string;
            /**
             * Format: date-time
             * @description …and at or before this one (the cut-off)
             */
            dataTo: string;
            /** Format: date-time */
            fittedAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The fitting method and its version
             * @example newton-raphson-irls/1
             */
            method: string;
            /** @description Closed cases fitted on */
            nCases: number;
            /** @description Of them ended in eviction */
            nEvents: number;
        };
        SessionListResponse: {
            /** @description The latest first */
            items: components["schemas"]["SessionResponse"][];
        };
        SessionNextActionDoneDto: {
            /** @description true: the next action is done (today); false: not done after all */
            nextActionDone: boolean;
            /** @description The session version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        SessionNextActionResponse: {
            /**
             * Format: date
             * @description The day it was marked done
             */
            doneOn: string | null;
            /** Format: date */
            dueDate: string;
            /** @description Past its due date and not done */
            overdue: boolean;
            text: string;
        };
        SessionResponse: {
            /** @enum {string} */
            channel: "in_person" | "phone" | "video" | "home_visit" | "prison_visit";
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            /** Format: uuid */
            id: string;
            minutes: number;
            nextAction: components["schemas"]["SessionNextActionResponse"] | null;
            /** @description Sensitive: only the provider's debt advisors see it */
            note: string | null;
            /**
             * Format: uuid
             * @description The advisor who recorded it
             */
            recordedBy: string;
            /** Format: uuid */
            referralId: string;
            topics: ("rent_arrears" | "debt_overview" | "budget" | "benefits" | "aktivloven_81" | "aktivloven_81a" | "aktivloven_81b" | "creditor_negotiation" | "gaeldssanering" | "bailiff_court" | "other")[];
            /** @description Send it back to mark the next action done */
            version: number;
        };
        StandardAmountUsedResponse: {
            /** @description Adults counted (children 18 or older count as adults) */
            adults: number;
            children: components["schemas"]["ChildrenByBandResponse"];
            /**
             * Format: date
             * @description The rates used: the row valid from this date
             */
            ratesValidFrom: string;
            /** @description The household’s standard living amount, øre per month */
            totalOre: number;
        };
        StandardLivingAmountResponse: {
            /**
             * @description Each child aged 0–1
             * @example 197000
             */
            child0to1Ore: number;
            /**
             * @description Each child aged 2–6
             * @example 252000
             */
            child2to6Ore: number;
            /**
             * @description Each child aged 7–17
             * @example 363000
             */
            child7to17Ore: number;
            /**
             * @description The first adult, øre per month
             * @example 724000
             */
            firstAdultOre: number;
            /** @description The rates were set for a year before the date: that year’s rates have not been added */
            fromEarlierYear: boolean;
            /**
             * @description Each further adult
             * @example 504000
             */
            furtherAdultOre: number;
            /** @example Gældsstyrelsen, rådighedssatser 2024 (BEK nr. 1207 af 2023, § 45) */
            source: string;
            /**
             * Format: date
             * @example 2024-01-01
             */
            validFrom: string;
            /**
             * Format: date
             * @description Null until a later row takes over
             * @example null
             */
            validTo: string | null;
        };
        StatisticsCellResponse: {
            /** @description Hidden to protect small numbers: show "<5", never 0 */
            suppressed: boolean;
            /** @description The count, rate or number of business days; null when suppressed (shown as "<5") or not defined */
            value: number | null;
        };
        StatisticsColumnResponse: {
            /** @description Stable key, e.g. `evicted`, `averted_paid`, `registered>payment_demand_sent` */
            key: string;
            /**
             * @description count: cases or persons (suppressed under 5); rate: per 1,000 tenancies or a share; business_days: median or 90th percentile
             * @enum {string}
             */
            kind: "count" | "rate" | "business_days";
            /** @description Label in Danish */
            labelDa: string;
            /** @description Label in English */
            labelEn: string;
        };
        StatisticsResponse: {
            /**
             * Format: date-time
             * @description When the pre-aggregation was last refreshed (null when live)
             */
            asOf: string | null;
            /** @description inflow, stages, flow, outcomes, time_to_act, payment_plans, repeat_arrears or warnings (docs/statistics.md) */
            figure: string;
            /**
             * Format: date
             * @description First day covered (the start of the first period)
             */
            from: string;
            /** @enum {string} */
            groupBy: "department" | "municipality" | "housing_organisation";
            /** @description true: computed from the cases now; false: from the last pre-aggregation refresh */
            live: boolean;
            /** @enum {string} */
            period: "month" | "quarter" | "year";
            /** @description One table per period, oldest first */
            tables: components["schemas"]["StatisticsTableResponse"][];
            /**
             * Format: date
             * @description Last day covered (the end of the last period)
             */
            to: string;
        };
        StatisticsRowResponse: {
            /** @description One cell per column, in column order */
            cells: components["schemas"]["StatisticsCellResponse"][];
            /** @description The department, municipality or housing organisation id (never a person or a case) */
            groupId: string | null;
            /** @description Its name */
            groupName: string;
            /** @description Sum of the count columns of this row; null when the columns do not add up (rates, durations) */
            total: components["schemas"]["StatisticsCellResponse"] | null;
        };
        StatisticsTableResponse: {
            columns: components["schemas"]["StatisticsColumnResponse"][];
            /** @description Per column: the sum over the rows (count columns) or the figure over all rows (rates, durations) */
            columnTotals: components["schemas"]["StatisticsCellResponse"][];
            /** @description The period: `2026-03` (month), `2026-Q1` (quarter) or `2026` (year) */
            period: string;
            /**
             * Format: date
             * @description Last day of the period
             */
            periodEnd: string;
            /**
             * Format: date
             * @description First day of the period
             */
            periodStart: string;
            /** @description One row per group that has any case in scope */
            rows: components["schemas"]["StatisticsRowResponse"][];
            /** @description Sum of every count cell */
            total: components["schemas"]["StatisticsCellResponse"] | null;
        };
        TenancyCaseResponse: {
            /** @example 7030.00 */
            balanceDkk: string;
            /** @description What the case owes now; 0 once carried forward to a newer case */
            balanceOre: number;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            openedAt: string;
            /** @enum {string|null} */
            outcome: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "withdrawn" | null;
            /** @enum {string} */
            stage: "registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed";
        };
        TenancyResponse: {
            address: string;
            /** @description Every case of the tenancy you may see, oldest first */
            cases: components["schemas"]["TenancyCaseResponse"][];
            city: string | null;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            id: string;
            /** @example 6500.00 */
            monthlyRentDkk: string;
            monthlyRentOre: number;
            postcode: string | null;
            /** Format: date */
            startDate: string | null;
            tenants: string[];
            unit: string;
        };
        TenantResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        TimelineLineResponse: {
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            at: string;
            /** @description What happened, as values (dates, amounts in øre, codes) */
            details: {
                [key: string]: unknown;
            } | null;
            /** @example 7 */
            id: string;
            /**
             * Format: date
             * @description The legal date of what happened
             */
            on: string;
            reason: string | null;
            /**
             * @description What happened, in the language of Accept-Language (Danish by default); null when details say it all
             * @example Lejemålet ophævet 26. oktober 2026 (almenlejeloven § 90, stk. 1, nr. 1).
             */
            summary: string | null;
            /** @example payment_demand_sent */
            type: string;
        };
        TimelineLineResponsePage: {
            items: components["schemas"]["TimelineLineResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        TokenResponse: {
            /** @description Bearer token for the Authorization header; short-lived */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** Format: date-time */
            refreshExpiresAt: string;
            /** @description Single use: exchange at /api/v1/auth/refresh for a new pair */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        TransitionDto: {
            /**
             * @description avert: why, as data for the statistics (docs/statistics.md#outcomes). Without it the reason is read from the words of `reason` (other when none fits).
             * @enum {string}
             */
            avertReason?: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "other";
            /**
             * Format: date
             * @description schedule_eviction: the day the court set the date
             */
            decidedOn?: string;
            /** @enum {string} */
            deliveryMethod?: "registered_and_ordinary" | "registered" | "ordinary" | "digital_post" | "hand_delivered";
            /**
             * Format: date
             * @description schedule_eviction: the eviction date
             */
            evictionDate?: string;
            /** @description send_payment_demand: the påkrav fee in øre (0 if none) */
            feeOre?: number;
            /**
             * Format: date
             * @description The date of the step (every type but send_payment_demand and schedule_eviction)
             */
            on?: string;
            /**
             * @description close
             * @enum {string}
             */
            outcome?: "paid" | "payment_plan" | "rent_assistance" | "moved_out" | "withdrawn";
            /** @description Why: kept on the timeline (required for avert: REASON_MISSING without it) */
            reason?: string;
            /**
             * Format: date
             * @description send_payment_demand: the day it reached the tenant
             */
            receivedOn?: string;
            /**
             * Format: date
             * @description send_payment_demand
             */
            sentOn?: string;
            /** @enum {string} */
            type: "send_payment_demand" | "mark_deadline_passed" | "terminate" | "request_eviction" | "schedule_eviction" | "record_eviction" | "avert" | "close";
            /** @description The case version you read; a newer one gives 409 STALE_VERSION */
            version: number;
        };
        UnitComparisonResponse: {
            /** @description Of them ended in eviction */
            actual: components["schemas"]["CountCellResponse"];
            /** @description Closed cases in the data range */
            cases: components["schemas"]["CountCellResponse"];
            /** @description Expected evictions: the sum of the predicted probabilities */
            expected: number;
            /**
             * @description Interval wholly below 1 / ratio < 0.9 / 0.9–1.1 / ratio > 1.1 / interval wholly above 1
             * @enum {string|null}
             */
            group: "significantly_lower" | "lower" | "as_expected" | "higher" | "significantly_higher" | null;
            /** @description 95 % interval (Byar's approximation), lower */
            lower: number | null;
            /** @description The caller's own municipality or housing organisation */
            own: boolean;
            /** @description actual / expected; null when actual is suppressed or nothing is expected */
            ratio: number | null;
            /**
             * Format: uuid
             * @description The municipality or housing organisation
             */
            unitId: string;
            unitName: string;
            /** @description 95 % interval, upper */
            upper: number | null;
        };
        UnitReleaseTaskListResponse: {
            /** @description Overdue first (longest overdue first), then by due day */
            items: components["schemas"]["UnitReleaseTaskResponse"][];
        };
        UnitReleaseTaskResponse: {
            /** @enum {string} */
            basis: "arrival" | "arrival_release_unknown" | "parole" | "expected_release" | "arrival_release_near" | "unknown";
            completedBy: components["schemas"]["PersonRefResponse"] | null;
            /** Format: date */
            completedOn: string | null;
            /**
             * Format: date
             * @description No later than (a business day)
             */
            dueOn: string | null;
            /** Format: uuid */
            episodeId: string;
            /** Format: date */
            escalateOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "action_plan" | "municipality_contact" | "release_meeting" | "housing_setup_help";
            /** Format: date */
            opensOn: string | null;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** Format: date */
            remindOn: string | null;
            /**
             * @description The party that must do it
             * @enum {string}
             */
            responsible: "probation" | "municipality";
            /**
             * @description On today (Copenhagen); closed: not done when the episode closed
             * @enum {string}
             */
            state: "done" | "undated" | "not_yet_open" | "open" | "due_soon" | "overdue" | "escalated" | "closed";
            /**
             * @description Who takes part
             * @enum {string|null}
             */
            with: "probation" | "municipality" | null;
        };
        UnreadCountResponse: {
            /** @example 3 */
            unread: number;
            /** @example 1 */
            urgent: number;
        };
        UpdateContactEntryDto: {
            /** @example kontakt@example.dk */
            contactEmail?: string;
            /** @example Kriminalforsorgen Hovedstaden */
            name?: string;
        };
        UpdateCustodyEpisodeDto: {
            contact?: components["schemas"]["EpisodeContactDto"];
            /**
             * Format: date
             * @description null clears it
             */
            expectedReleaseOn?: string | null;
            institution?: string;
            /** @enum {string} */
            kind?: "remand" | "sentence";
            /**
             * Format: date
             * @description null clears it
             */
            paroleOn?: string | null;
            /** @description null clears it */
            sentenceMonths?: number | null;
            /** Format: date */
            startedOn?: string;
            /** @description The episode version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        UpdateDebtDto: {
            amountOwedOre?: number;
            creditor?: string;
            /** @enum {string} */
            kind?: "other_housing" | "utilities" | "public_debt_gaeldsstyrelsen" | "fines" | "consumer_credit" | "quick_loans" | "private" | "other";
            monthlyPaymentOre?: number;
            /**
             * @description written_off keeps the debt listed but no longer counted
             * @enum {string}
             */
            status?: "untouched" | "negotiating" | "agreed" | "under_collection" | "written_off" | "in_gaeldssanering";
            /** @description Only on public debt; cleared when the kind moves off public debt */
            underEnforcement?: boolean;
            /** @description The debt version you read; another gives 409 STALE_VERSION */
            version: number;
        };
        UpdateDepartmentDto: {
            /** @example Solvej 1-40, 2300 København S */
            address?: string;
            /** Format: uuid */
            housingOrganisationId?: string;
            /** Format: uuid */
            municipalityId?: string;
            /** @example Solgården */
            name?: string;
            /**
             * @description The organisation’s own department number (afdelingsnummer)
             * @example 12
             */
            number?: string;
        };
        UpdateHousingOrganisationDto: {
            /** @example udlejning@demo-bolig.dk */
            contactEmail?: string;
            /**
             * @description CVR number, 8 digits
             * @example 12345678
             */
            cvr?: string;
            /** @example Demo Boligselskab */
            name?: string;
        };
        UpdateMunicipalityDto: {
            /**
             * @description Mailbox that receives early warnings
             * @example boligvarsler@kk.dk
             */
            alertEmail?: string;
            /** @example København */
            name?: string;
        };
        UpdatePersonDto: {
            /** @example Solvej 12, 2. tv. */
            address?: string;
            /** @default 0 */
            childrenUnder18?: number;
            /** @example København S */
            city?: string;
            email?: string;
            /** @enum {string} */
            language?: "da" | "en";
            /**
             * Format: uuid
             * @description Municipality of residence
             */
            municipalityId?: string;
            /** @example Jens Jensen */
            name?: string;
            /** @example +45 12 34 56 78 */
            phone?: string;
            /** @example 2300 */
            postcode?: string;
            /** @description The version you read; a newer one on the server gives 409 STALE_VERSION */
            version: number;
        };
        UpdateUserDto: {
            departmentIds?: string[];
            /** @enum {string} */
            language?: "da" | "en";
            name?: string;
            /** @description Team lead: receives the first escalation of unacknowledged warnings */
            teamLead?: boolean;
        };
        UserResponse: {
            /** Format: uuid */
            counsellingProviderId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Departments a caseworker is limited to; empty means all */
            departmentIds: string[];
            /** Format: date-time */
            disabledAt: string | null;
            email: string;
            /** Format: uuid */
            housingOrganisationId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "da" | "en";
            /** Format: uuid */
            municipalityId: string | null;
            name: string;
            /** Format: uuid */
            probationUnitId: string | null;
            /** @enum {string} */
            role: "housing_caseworker" | "municipal_social_worker" | "debt_advisor" | "probation_officer" | "manager" | "administrator";
            /** @description Receives the first escalation of unacknowledged warnings */
            teamLead: boolean;
        };
        UserResponsePage: {
            items: components["schemas"]["UserResponse"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        WarningDataResponse: {
            address: string;
            /** @description A custody notice (no case): the recipient view of the episode — never the kind, institution, sentence or parole date */
            custody?: components["schemas"]["CustodyNoticeFactsResponse"];
            /** @description Consented details (e.g. arrearsOre), by field */
            details?: {
                [key: string]: number | string;
            };
            /** Format: date */
            eventOn: string;
            /**
             * @description The warning rule
             * @example arrears-registered
             */
            kind: string;
            /** @description The case reference (a custody notice: the episode reference, KF-…) */
            reference: string;
            /** @description A release-planning reminder (custody-release-reminder): which reminder, of which task, for which day */
            reminder?: components["schemas"]["CustodyReminderFactsResponse"];
            /** @description The housing organisation that sent it (a custody notice: the probation unit) */
            senderName: string;
            tenantNames: string[];
            /** @description A custody notice whose consent was withdrawn: it keeps nothing personal ('true' only) */
            withdrawn?: boolean;
        };
        WarningDeliveryResponse: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            digestId: string | null;
            /** @enum {string|null} */
            digestStatus: "pending" | "queued" | "failed" | "sent" | "undelivered" | "held" | "digested" | null;
            /** Format: date-time */
            failedAt: string | null;
            /**
             * Format: uuid
             * @description The notification (outbox) id; retry with it
             */
            id: string;
            lastError: string | null;
            /** Format: date-time */
            queuedAt: string | null;
            recipient: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "queued" | "failed" | "sent" | "undelivered" | "held" | "digested";
            /** @example warning */
            template: string;
            /** Format: date-time */
            undeliveredAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdminSessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cookie ep_admin_session set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                /** @description Only this organisation's imports (administrators) */
                housingOrganisationId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_upload: {
        parameters: {
            query?: {
                /** @description Administrators only: whose list it is */
                housingOrganisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    /** Format: binary */
                    file?: string;
                };
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /**
             * @description Stored and queued; poll the import
             *
             *     Stored and queued; poll the import
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /**
             * @description Nothing kept: IMPORT_UPLOAD_INCOMPLETE, IMPORT_UPLOAD_MALFORMED, IMPORT_ONE_FILE_ONLY, IMPORT_FILE_MISSING, IMPORT_EMPTY_FILE
             *
             *     Bad request: VALIDATION_FAILED, IMPORT_UPLOAD_INCOMPLETE, IMPORT_UPLOAD_MALFORMED, IMPORT_ONE_FILE_ONLY, IMPORT_FILE_MISSING, IMPORT_EMPTY_FILE, UNKNOWN_REFERENCE
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description IMPORT_FILE_TOO_LARGE (over IMPORT_MAX_FILE_BYTES)
             *
             *     Too large: IMPORT_FILE_TOO_LARGE
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description IMPORT_UNSUPPORTED_FILE
             *
             *     Unsupported media type: IMPORT_UNSUPPORTED_FILE
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description IMPORT_NOT_A_WORKBOOK: announced as .xlsx, but not a zip archive; nothing kept
             *
             *     Unprocessable content: IMPORT_NOT_A_WORKBOOK
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_IMPORT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_problems: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProblemResponsePage"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_IMPORT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_personAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonAccessResponse"][];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BrowserSessionController_signIn: {
        parameters: {
            query?: never;
            header: {
                /** @description Any value, e.g. "ep-web" */
                "x-requested-with": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: INVALID_CREDENTIALS, AUTHENTICATION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts: LOGIN_THROTTLED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BrowserSessionController_signOut: {
        parameters: {
            query?: never;
            header: {
                /** @description Any value, e.g. "ep-web" */
                "x-requested-with": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BrowserSessionController_refresh: {
        parameters: {
            query?: never;
            header: {
                /** @description Any value, e.g. "ep-web" */
                "x-requested-with": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED, REFRESH_TOKEN_REUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts: LOGIN_THROTTLED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session (its refresh tokens and access tokens) is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; every session of the user is signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, PASSWORD_TOO_WEAK */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: INVALID_CREDENTIALS, AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED, REFRESH_TOKEN_REUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_deadlines: {
        parameters: {
            query: {
                /** @description The day the payment demand reached the tenant */
                demandReceived?: string;
                /** @description The rent due date (forfaldsdag) */
                dueDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each date with its legal basis and an explanation in Danish and English */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinesResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, CALENDAR_DATE_OUT_OF_RANGE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarController_holidays: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayResponse"][];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description Part of the address */
                address?: string;
                /** @description Balance at most, in øre */
                balanceMaxOre?: number;
                /** @description Balance at least, in øre */
                balanceMinOre?: number;
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                /** @description Next legal date within this many days or already passed (overdue); sorted by that date, overdue first */
                deadlineWithinDays?: number;
                departmentId?: string;
                limit?: number;
                municipalityId?: string;
                /** @description true: open cases only; false: closed only */
                open?: boolean;
                /** @description opened (default): oldest first. deadline: the next legal date first, overdue cases leading and cases with no next legal date last (a worktray). deadlineWithinDays always sorts by deadline. */
                sort?: "opened" | "deadline";
                stage?: ("registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseListItemResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RentAssistanceController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentAssistanceListResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RentAssistanceController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRentAssistanceDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentAssistanceResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, RENT_ASSISTANCE_KIND_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: NO_OPEN_CASE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RentAssistanceController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRentAssistanceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RentAssistanceResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED, RENT_ASSISTANCE_AMOUNT_REQUIRED, RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED, RENT_ASSISTANCE_REASON_MISSING */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND, RENT_ASSISTANCE_APPLICATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: NO_OPEN_CASE, STALE_VERSION, RENT_ASSISTANCE_ALREADY_DECIDED, RENT_ASSISTANCE_NOT_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_ledger: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerLineResponsePage"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_notifyMunicipality: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MunicipalityNoticeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, NOTICE_BEFORE_ARREARS */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: NO_OPEN_CASE, NOTICE_DATE_CHANGED, NOTICE_CORRECTION_WITHOUT_NOTICE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaymentPlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND, PAYMENT_PLAN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaymentPlansController_agree: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreePaymentPlanDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, PAYMENT_PLAN_AMOUNT_INVALID, PAYMENT_PLAN_INSTALMENT_INVALID, PAYMENT_PLAN_INSTALMENT_COUNT_INVALID, PAYMENT_PLAN_DOES_NOT_CLEAR, PAYMENT_PLAN_TOO_MANY_INSTALMENTS, PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT, PAYMENT_PLAN_FIRST_DUE_TOO_LATE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, CASE_CLOSED, PAYMENT_PLAN_ACTIVE, NOTHING_OWED, PAYMENT_PLAN_AMOUNT_NOT_BALANCE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaymentPlansController_break: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPaymentPlanDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, DATE_BEFORE_PREVIOUS_STEP */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, CASE_CLOSED, PAYMENT_PLAN_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaymentPlansController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPaymentPlanDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, DATE_BEFORE_PREVIOUS_STEP */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, CASE_CLOSED, PAYMENT_PLAN_NOT_ACTIVE, ARREARS_NOT_PAID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_recordPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: NO_OPEN_CASE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_timeline: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header: {
                "accept-language": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineLineResponsePage"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DATE_IN_FUTURE, DATE_BEFORE_PREVIOUS_STEP, RECEIVED_BEFORE_SENT, EVICTION_DATE_INVALID, EVICTION_DATE_UNCHANGED, FEE_INVALID, REASON_MISSING */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, CASE_STAGE_INVALID, CASE_CLOSED, PAYMENT_DEMAND_TOO_EARLY, NOTHING_OWED, DEADLINE_NOT_PASSED, TERMINATION_TOO_EARLY, MUNICIPALITY_NOTICE_MISSING, ARREARS_NOT_PAID, PAYMENT_PLAN_ACTIVE, RENT_ASSISTANCE_NOT_GRANTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WarningsController_forCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseWarningResponse"][];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_export: {
        parameters: {
            query?: {
                /** @description Part of the address */
                address?: string;
                /** @description Balance at most, in øre */
                balanceMaxOre?: number;
                /** @description Balance at least, in øre */
                balanceMinOre?: number;
                /** @description Next legal date within this many days or already passed (overdue); sorted by that date, overdue first */
                deadlineWithinDays?: number;
                departmentId?: string;
                /** @description csv: for Danish Excel (";", UTF-8 BOM, decimal comma, dd-mm-yyyy); xlsx: a workbook with typed cells */
                format?: "csv" | "xlsx";
                municipalityId?: string;
                /** @description true: open cases only; false: closed only */
                open?: boolean;
                /** @description opened (default): oldest first. deadline: the next legal date first, overdue cases leading and cases with no next legal date last (a worktray). deadlineWithinDays always sorts by deadline. */
                sort?: "opened" | "deadline";
                stage?: ("registered" | "payment_demand_sent" | "deadline_passed" | "terminated" | "eviction_requested" | "eviction_scheduled" | "payment_plan_agreed" | "evicted" | "averted" | "closed")[];
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable content: EXPORT_TOO_LARGE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CooperationAgreementsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationAgreementResponse"][];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CooperationAgreementsController_upsert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationAgreementDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationAgreementResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, AGREEMENT_PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): MUNICIPALITY_NOT_FOUND, HOUSING_ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CounsellingProvidersController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CounsellingProvidersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactEntryDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CounsellingProvidersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): COUNSELLING_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CounsellingProvidersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): COUNSELLING_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_PROVIDER_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CounsellingProvidersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactEntryDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): COUNSELLING_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralSettingResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): COUNSELLING_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralSettingsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralSettingDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralSettingResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): COUNSELLING_PROVIDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyEpisodesController_list: {
        parameters: {
            query?: {
                /** @description Only open (true) or closed (false) episodes */
                open?: "true" | "false";
                /** @description Only the episodes of this person */
                personId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyEpisodeListResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyEpisodesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustodyEpisodeDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyEpisodeResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, CUSTODY_RELEASE_BEFORE_START, CUSTODY_PROBATION_UNIT_REQUIRED, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: CUSTODY_CONSENT_MISSING, CUSTODY_EPISODE_ALREADY_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyEpisodesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyEpisodeResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyEpisodesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustodyEpisodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyEpisodeResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, CUSTODY_RELEASE_BEFORE_START */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, CUSTODY_EPISODE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyPlanningController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingPlanListResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyPlanningController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideHousingPlanDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingPlanResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: HOUSING_PLAN_OPTION_NOT_ALLOWED, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: CUSTODY_EPISODE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyEpisodesController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseCustodyEpisodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyEpisodeResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, CUSTODY_RELEASE_BEFORE_START, CUSTODY_RELEASE_IN_FUTURE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, CUSTODY_EPISODE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyPlanningController_releaseTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeReleaseTasksResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyPlanningController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteReleaseTaskDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseTaskResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, RELEASE_TASK_COMPLETED_IN_FUTURE, RELEASE_TASK_COMPLETED_BEFORE_START */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: RELEASE_TASK_NOT_RESPONSIBLE, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): CUSTODY_EPISODE_NOT_FOUND, RELEASE_TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: CUSTODY_EPISODE_CLOSED, RELEASE_TASK_ALREADY_COMPLETED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DepartmentsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                housingOrganisationId?: string;
                limit?: number;
                municipalityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DepartmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: DEPARTMENT_NUMBER_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DepartmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): DEPARTMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DepartmentsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): DEPARTMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: DEPARTMENT_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DepartmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): DEPARTMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: DEPARTMENT_NUMBER_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HousingOrganisationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingOrganisationResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HousingOrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHousingOrganisationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingOrganisationResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: CVR_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HousingOrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingOrganisationResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): HOUSING_ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HousingOrganisationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): HOUSING_ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: HOUSING_ORGANISATION_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HousingOrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHousingOrganisationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HousingOrganisationResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): HOUSING_ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: CVR_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaymentPlanSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanSettingsResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): HOUSING_ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaymentPlanSettingsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentPlanSettingsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanSettingsResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): HOUSING_ORGANISATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description true: acknowledged warnings only; false: still to acknowledge */
                acknowledged?: boolean;
                caseId?: string;
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                /** @description Comma-separated: warning, escalation, undelivered */
                kind?: string[];
                limit?: number;
                /** @description true: unread only; false: read only */
                unread?: boolean;
                urgency?: "urgent" | "normal";
                /** @description My items about this warning (the warning page, which warning emails link to, finds the reader's item by it) */
                warningId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): INBOX_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): INBOX_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: NOT_ACKNOWLEDGEABLE, ALREADY_ACKNOWLEDGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): INBOX_ITEM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InboxController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MunicipalitiesController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MunicipalitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMunicipalityDto"];
            };
        };
        responses: {
            /** @description Registered; a notice goes to its alert mailbox */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: MUNICIPALITY_CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MunicipalitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): MUNICIPALITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MunicipalitiesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): MUNICIPALITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: MUNICIPALITY_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MunicipalitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMunicipalityDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): MUNICIPALITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingResponse"];
                };
            };
            /** @description Bad request: INVALID_EMAIL */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationSettingsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettingDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, INVALID_EMAIL */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationSettingsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationSettingsController_setMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettingDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WarningsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): NOTIFICATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: NOTIFICATION_NOT_UNDELIVERED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Part of the name */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, CPR_INVALID, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: PERSON_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, PERSON_ANONYMISED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_listConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentResponse"][];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_addConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, UNKNOWN_REFERENCE, CONSENT_RECIPIENT_MISMATCH, CONSENT_PERIOD_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: PERSON_ANONYMISED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND, CONSENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PERSON_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: PERSON_HAS_OPEN_CASE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonsController_search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonSearchDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, CPR_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProbationUnitsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProbationUnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactEntryDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProbationUnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PROBATION_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProbationUnitsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PROBATION_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: PROBATION_UNIT_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProbationUnitsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactEntryDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEntryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PROBATION_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyNoticeSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyNoticeSettingResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PROBATION_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustodyNoticeSettingsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustodyNoticeSettingDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyNoticeSettingResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): PROBATION_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                /** @description Only the referrals of this case */
                caseId?: string;
                status?: "sent" | "accepted" | "declined" | "in_contact" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralListResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, REFERRAL_PERSON_NOT_TENANT, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): ARREARS_CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: REFERRAL_CONSENT_MISSING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralVersionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, REFERRAL_STATE_INVALID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseReferralDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, REFERRAL_STATE_INVALID, REFERRAL_FIRST_CONTACT_MISSING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineReferralDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, REFERRAL_REASON_MISSING */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, REFERRAL_STATE_INVALID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_firstContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FirstContactDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, REFERRAL_DATE_IN_FUTURE, REFERRAL_DATE_BEFORE_ACCEPTANCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: STALE_VERSION, REFERRAL_STATE_INVALID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferralsController_paymentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND, ARREARS_CASE_NOT_FOUND, PAYMENT_PLAN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BudgetsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetHistoryResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BudgetsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBudgetDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, BUDGET_APPROVAL_MISSING */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND, STANDARD_LIVING_AMOUNT_NOT_IN_FORCE */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_REFERRAL_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DebtsController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebtOverviewResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DebtsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDebtDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebtResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DEBT_RENT_ARREARS_FROM_LEDGER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_REFERRAL_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DebtsController_remove: {
        parameters: {
            query: {
                /** @description The debt version you read; another gives 409 STALE_VERSION */
                version: number;
            };
            header?: never;
            path: {
                debtId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND, COUNSELLING_DEBT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_REFERRAL_NOT_ACTIVE, STALE_VERSION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DebtsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                debtId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDebtDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebtResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, DEBT_RENT_ARREARS_FROM_LEDGER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND, COUNSELLING_DEBT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_REFERRAL_NOT_ACTIVE, STALE_VERSION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSessionResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, SESSION_CHANNEL_UNKNOWN, REFERRAL_DATE_BEFORE_ACCEPTANCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_REFERRAL_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SessionsController_setNextActionDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionNextActionDoneDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): REFERRAL_NOT_FOUND, COUNSELLING_SESSION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: COUNSELLING_REFERRAL_NOT_ACTIVE, STALE_VERSION, COUNSELLING_NEXT_ACTION_MISSING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReleaseTasksController_list: {
        parameters: {
            query?: {
                /** @description true: only the overdue tasks */
                overdue?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitReleaseTaskListResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StandardLivingAmountsController_inForce: {
        parameters: {
            query: {
                /** @description The budget date the rates must be in force on */
                on: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardLivingAmountResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): STANDARD_LIVING_AMOUNT_NOT_IN_FORCE */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsExportController_export: {
        parameters: {
            query: {
                /** @description csv: for Danish Excel (";", UTF-8 BOM, decimal comma, dd-mm-yyyy); xlsx: a workbook with typed cells */
                format?: "csv" | "xlsx";
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header: {
                "accept-language": string;
            };
            path: {
                /** @description The statistics route to export (GET /api/v1/statistics/{figure}) */
                figure: "inflow" | "stages" | "flow" | "outcomes" | "time-to-act" | "payment-plans" | "repeat-arrears" | "warnings";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComparisonController_comparison: {
        parameters: {
            query: {
                /** @description Compare municipalities or housing organisations */
                level: "municipality" | "housing_organisation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComparisonResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComparisonController_export: {
        parameters: {
            query: {
                /** @description csv: for Danish Excel (";", UTF-8 BOM, decimal comma, CRLF); xlsx: a workbook with typed cells */
                format?: "csv" | "xlsx";
                /** @description Compare municipalities or housing organisations */
                level: "municipality" | "housing_organisation";
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_flow: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_inflow: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_outcomes: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_paymentPlans: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_repeatArrears: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_stages: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_timeToAct: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StatisticsController_warnings: {
        parameters: {
            query: {
                /** @description First day (widened to the start of its period) */
                from: string;
                /** @description What the rows of each table are */
                groupBy: "department" | "municipality" | "housing_organisation";
                /** @description Only cases of this housing organisation (within your scope) */
                housingOrganisationId?: string;
                /** @description Only cases in this municipality (within your scope) */
                municipalityId?: string;
                /** @description The length of one period (one table per period) */
                period: "month" | "quarter" | "year";
                /** @description Last day (widened to the end of its period); at most 10 years after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, STATISTICS_RANGE_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: STATISTICS_SCOPE_MISSING, ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenanciesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenancyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenancyResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: TENANCY_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenanciesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenancyResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): TENANCY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenanciesController_registerArrears: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterArrearsDto"];
            };
        };
        responses: {
            /**
             * @description Added to the open case (or unchanged)
             *
             *     200: added to the open case, or unchanged; 201: a case was opened
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterArrearsResponse"];
                };
            };
            /**
             * @description A case was opened
             *
             *     200: added to the open case, or unchanged; 201: a case was opened
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterArrearsResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): TENANCY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenanciesController_addTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTenantDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenancyResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): TENANCY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Opaque; the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                role?: "housing_caseworker" | "municipal_social_worker" | "debt_advisor" | "probation_officer" | "manager" | "administrator";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponsePage"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad request: VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, PASSWORD_TOO_WEAK, SCOPE_MISMATCH, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, SCOPE_MISMATCH, UNKNOWN_REFERENCE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict with the current state: EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad request: INVALID_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Set; every session of the user is signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: INVALID_ID, VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON, PASSWORD_TOO_WEAK */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in: AUTHENTICATION_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found (or outside your scope): USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Service unavailable: SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
        };
    };
}
