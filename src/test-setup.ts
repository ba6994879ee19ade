import { MotionGlobalConfig } from 'framer-motion';

// happy-dom never finishes exit animations; tests assert on end states.
MotionGlobalConfig.skipAnimations = true;
