import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators.js';
import { HealthProbes, type ProbeName } from './health-probes.service.js';

/**
 * The database is essential (down → 503). The queue and SMTP only delay warnings, which the
 * outbox keeps safe, so their failure reports `degraded` and the API stays in service. Every
 * figure is the last result of HealthProbes' timer, with its time and age: no call to /health
 * reaches the database, Redis or the SMTP server.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(HealthProbes) private readonly probes: HealthProbes,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.last('database'), () => this.last('queue'), () => this.last('smtp')]);
  }

  /** Liveness: the process answers HTTP. No I/O at all, for a supervisor's frequent checks. */
  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  private last(name: ProbeName): HealthIndicatorResult {
    const session = this.indicators.check(name);
    const result = this.probes.last(name);
    if (!result) return session.down({ message: 'not probed yet' });
    const data = {
      ...result.details,
      checkedAt: result.checkedAt.toISOString(),
      ageMs: Date.now() - result.checkedAt.getTime(),
    };
    return result.status === 'up'
      ? session.up(data)
      : result.status === 'degraded'
        ? session.degraded(data)
        : session.down(data);
  }
}
