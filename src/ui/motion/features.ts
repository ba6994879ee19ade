// The animation features Appear needs (enter animations, no layout or drag), loaded on first use.
import { domAnimation } from 'framer-motion';

export default domAnimation;
