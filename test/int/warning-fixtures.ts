import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { addDays, type IsoDate } from '@app/calendar';
import { type VoluntaryWarning } from '@app/domain';
import { type SignedInUser } from '@app/testing';

/** Noon in Copenhagen (summer or winter) on `date`: the `now` a sweep is run at. */
export const at = (date: IsoDate | string): Date => new Date(`${date}T10:00:00Z`);

export const dayAfter = (date: string): IsoDate => addDays(date as IsoDate, 1);

/**
 * The organisations, tenancies and cases the warning tests need, made through the real HTTP API
 * as an administrator and a landlord's caseworker would make them.
 */
export class WarningFixtures {
  private municipalityCodes = 100;

  constructor(
    private readonly api: INestApplication,
    private readonly admin: SignedInUser,
  ) {}

  as(user: SignedInUser) {
    const http = () => request(this.api.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('Authorization', user.bearer),
      post: (path: string, body?: object) => http().post(path).set('Authorization', user.bearer).send(body),
      put: (path: string, body?: object) => http().put(path).set('Authorization', user.bearer).send(body),
      patch: (path: string, body?: object) => http().patch(path).set('Authorization', user.bearer).send(body),
    };
  }

  async municipality(name: string, alertEmail: string): Promise<{ id: string; name: string }> {
    this.municipalityCodes += 1;
    return (
      await this.as(this.admin)
        .post('/api/v1/municipalities', { code: String(this.municipalityCodes), name, alertEmail })
        .expect(201)
    ).body;
  }

  async organisation(name: string): Promise<{ id: string }> {
    return (await this.as(this.admin).post('/api/v1/housing-organisations', { name }).expect(201)).body;
  }

  async department(housingOrganisationId: string, municipalityId: string, number: string): Promise<{ id: string }> {
    return (
      await this.as(this.admin)
        .post('/api/v1/departments', {
          housingOrganisationId,
          municipalityId,
          number,
          name: `Afdeling ${number}`,
          address: `Skolevej ${number}`,
        })
        .expect(201)
    ).body;
  }

  async counsellingProvider(name: string, contactEmail: string): Promise<{ id: string }> {
    return (await this.as(this.admin).post('/api/v1/counselling-providers', { name, contactEmail }).expect(201)).body;
  }

  async agreement(input: {
    municipalityId: string;
    housingOrganisationId: string;
    enabledWarnings: VoluntaryWarning[];
    arrearsThresholdOre?: number;
    evictionReminderBusinessDays?: number;
  }): Promise<void> {
    await this.as(this.admin)
      .put('/api/v1/cooperation-agreements', {
        arrearsThresholdOre: 0,
        evictionReminderBusinessDays: 5,
        validFrom: '2025-01-01',
        ...input,
      })
      .expect(200);
  }

  /** A tenancy in the department with one tenant, the person's id included for consents. */
  async tenancy(
    caseworker: SignedInUser,
    departmentId: string,
    tenant: { name: string; address: string; childrenUnder18?: number },
  ): Promise<{ tenancyId: string; personId: string }> {
    const personId = (
      await this.as(caseworker)
        .post('/api/v1/persons', {
          name: tenant.name,
          address: tenant.address,
          childrenUnder18: tenant.childrenUnder18 ?? 0,
        })
        .expect(201)
    ).body.id;
    const tenancyId = (
      await this.as(caseworker)
        .post('/api/v1/tenancies', {
          departmentId,
          unit: tenant.address.slice(0, 20),
          address: tenant.address,
          postcode: '2600',
          city: 'Glostrup',
          monthlyRentOre: 650_000,
        })
        .expect(201)
    ).body.id;
    await this.as(caseworker).post(`/api/v1/tenancies/${tenancyId}/tenants`, { personId }).expect(201);
    return { tenancyId, personId };
  }

  async registerArrears(caseworker: SignedInUser, tenancyId: string, dueDate: string): Promise<string> {
    const response = await this.as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate, amountOre: 650_000 })
      .expect(201);
    return response.body.case.id;
  }

  /** One legal step on the case at its current version; fails the test if it is refused. */
  async step(caseworker: SignedInUser, caseId: string, body: object): Promise<{ stage: string; balanceOre: number }> {
    const { version } = (await this.as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    const response = await this.as(caseworker).post(`/api/v1/cases/${caseId}/transitions`, { version, ...body });
    expect([response.status, response.body.code]).toEqual([200, undefined]);
    return response.body;
  }
}
