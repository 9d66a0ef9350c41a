import { Public } from '@linkage/auth';
import { Body, Controller, Delete, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { NudgeSweepView, SetTestClockDto, TestClockView } from './test-clock.dto';
import { TestClockGuard } from './test-clock.guard';
import { TestClockService } from './test-clock.service';

/**
 * Only where COUNSELLING_TEST_CLOCK=enabled (never in production), for admins (TestClockGuard: 404 to
 * anyone else); left out of the OpenAPI document, which is the same whether it is on or not.
 */
@ApiExcludeController()
@Public()
@UseGuards(TestClockGuard)
@Controller('counselling/test-clock')
export class TestClockController {
  constructor(private readonly testClock: TestClockService) {}

  @Put()
  set(@Body() body: SetTestClockDto): TestClockView {
    return TestClockView.of(this.testClock.set(new Date(body.now)));
  }

  @Delete()
  @HttpCode(204)
  reset(): void {
    this.testClock.reset();
  }

  @Post('nudge-sweep')
  @HttpCode(200)
  async nudgeSweep(): Promise<NudgeSweepView> {
    return { nudged: await this.testClock.sweep() };
  }
}
