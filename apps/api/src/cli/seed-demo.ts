import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '@app/config';
import {
  ConsentPurpose,
  ConsentService,
  CounsellingProviderService,
  DepartmentService,
  HousingOrganisationService,
  MunicipalityService,
  PersonService,
  ProbationUnitService,
  Role,
  UserService,
  type Actor,
} from '@app/domain';
import { CliModule } from './cli.module.js';

/** Every demo user signs in with this; it is printed, and the data set is labelled DEMO. */
const DEMO_PASSWORD = 'demo-password-2026';

// Seeds a clearly labelled demo data set into an empty database (run by `npm start` in
// embedded mode): two of each organisation and one user of every role, so every view can be tried.
try {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(loadConfig()), { logger: false });
  const users = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM app_user`);
  if (users[0].n > 0) {
    await app.close();
    process.exit(0);
  }
  const municipalities = app.get(MunicipalityService);
  const copenhagen = await municipalities.register({
    code: '101',
    name: 'København (DEMO)',
    alertEmail: 'boligvarsler@kk.demo',
  });
  const aarhus = await municipalities.register({
    code: '751',
    name: 'Aarhus (DEMO)',
    alertEmail: 'boligvarsler@aarhus.demo',
  });
  const organisations = app.get(HousingOrganisationService);
  const landlord = await organisations.create({
    name: 'Demo Boligselskab',
    cvr: null,
    contactEmail: 'udlejning@bolig.demo',
  });
  const otherLandlord = await organisations.create({
    name: 'Anden Demo Bolig',
    cvr: null,
    contactEmail: 'kontakt@anden.demo',
  });
  const departments = app.get(DepartmentService);
  await departments.create({
    housingOrganisationId: landlord.id,
    municipalityId: copenhagen.id,
    number: '1',
    name: 'Solgården (DEMO)',
    address: 'Solvej 1-40, 2300 København S',
  });
  await departments.create({
    housingOrganisationId: otherLandlord.id,
    municipalityId: aarhus.id,
    number: '7',
    name: 'Parken (DEMO)',
    address: 'Parkvej 2, 8000 Aarhus C',
  });
  const probation = await app
    .get(ProbationUnitService)
    .create({ name: 'Kriminalforsorgen (DEMO)', contactEmail: 'kontakt@kriminalforsorgen.demo' });
  const counselling = await app
    .get(CounsellingProviderService)
    .create({ name: 'Gældsrådgivningen (DEMO)', contactEmail: 'raadgivning@gaeld.demo' });

  const accounts = [
    { email: 'admin@demo.dk', name: 'Ada Administrator', role: Role.Administrator },
    {
      email: 'sagsbehandler@bolig.demo',
      name: 'Sara Sagsbehandler',
      role: Role.HousingCaseworker,
      housingOrganisationId: landlord.id,
    },
    {
      email: 'socialraadgiver@kk.demo',
      name: 'Søren Socialrådgiver',
      role: Role.MunicipalSocialWorker,
      municipalityId: copenhagen.id,
    },
    {
      email: 'gaeldsraadgiver@gaeld.demo',
      name: 'Gitte Gældsrådgiver',
      role: Role.DebtAdvisor,
      counsellingProviderId: counselling.id,
    },
    {
      email: 'kriminalforsorg@kriminalforsorgen.demo',
      name: 'Karl Kriminalforsorg',
      role: Role.ProbationOfficer,
      probationUnitId: probation.id,
    },
    { email: 'leder@bolig.demo', name: 'Lene Leder', role: Role.Manager, housingOrganisationId: landlord.id },
  ];
  const userService = app.get(UserService);
  const created = [];
  for (const account of accounts) created.push(await userService.create(null, { ...account, password: DEMO_PASSWORD }));

  const caseworker = created[1]!;
  const actor: Actor = {
    principal: {
      userId: caseworker.id,
      role: Role.HousingCaseworker,
      housingOrganisationId: landlord.id,
      departmentIds: [],
      municipalityId: null,
      probationUnitId: null,
      counsellingProviderId: null,
    },
    requestId: 'demo-seed',
    sourceIp: null,
  };
  const tenant = await app.get(PersonService).create(actor, {
    name: 'Demo Lejer',
    address: 'Solvej 12, 2. tv.',
    postcode: '2300',
    city: 'København S',
    municipalityId: copenhagen.id,
    childrenUnder18: 2,
  });
  const consents = app.get(ConsentService);
  await consents.record(actor, tenant.id, {
    purpose: ConsentPurpose.MunicipalityCaseDetails,
    recipientId: copenhagen.id,
    givenAt: new Date(),
  });
  await consents.record(actor, tenant.id, {
    purpose: ConsentPurpose.DebtCounselling,
    recipientId: counselling.id,
    givenAt: new Date(),
  });
  await app.close();

  console.log('\n  DEMO DATA (for trying the system; not real people or organisations)');
  console.log(`  Every demo user's password: ${DEMO_PASSWORD}`);
  for (const account of accounts) console.log(`    ${account.role.padEnd(24)} ${account.email}`);
  console.log('');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
