import { runRegion } from '../../kit/main';
import { zhejiang } from './region';

void runRegion(zhejiang);
