import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators.js';
import { ApiErrors } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { HealthResponse } from './health.responses.js';
import { LivenessResponse } from './liveness.response.js';
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
  @Operation({
    summary: 'Health of the API and its services',
    description:
      'The last result of each probe (database, queue, SMTP), with its time and age; answering reaches no service. Open to anyone, for load balancers and supervisors. Answers 503 when the database is down; a queue or SMTP failure reports `degraded` and still 200.',
    ok: HealthResponse,
    errors: [ApiErrors.ServiceUnavailable],
  })
  @Public()
  // Documented by @Operation: Terminus' own entry has no summary, and the filter reshapes its 503.
  @HealthCheck({ swaggerDocumentation: false })
  check() {
    return this.health.check([() => this.last('database'), () => this.last('queue'), () => this.last('smtp')]);
  }

  /** Liveness: the process answers HTTP. No I/O at all, for a supervisor's frequent checks. */
  @Get('live')
  @Operation({
    summary: 'Liveness',
    description:
      'Answers as long as the process serves HTTP; no I/O at all. Open to anyone, for frequent supervisor checks.',
    ok: LivenessResponse,
  })
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
