import { runRegion } from '../../kit/main';
import { yangtze } from './region';

void runRegion(yangtze);
