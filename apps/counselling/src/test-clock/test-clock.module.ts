import { Module } from '@nestjs/common';
import { BuddyModule } from '../buddies/buddy.module';
import { TestClockController } from './test-clock.controller';
import { TestClockGuard } from './test-clock.guard';
import { TestClockService } from './test-clock.service';

/**
 * The test clock: walks through the running system (the Playwright walk, the API walk) live through
 * days in seconds. Imported only when COUNSELLING_TEST_CLOCK=enabled (counselling.service-definition.ts).
 */
@Module({
  imports: [BuddyModule],
  controllers: [TestClockController],
  providers: [TestClockService, TestClockGuard],
})
export class TestClockModule {}
