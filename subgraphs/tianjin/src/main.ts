import { runRegion } from '../../kit/main';
import { tianjin } from './region';

void runRegion(tianjin);
