import { createService, runApp } from '@linkage/service-kit';
import { counsellingService } from './counselling.service-definition';

void runApp('counselling', () => createService(counsellingService));
