/**
 * Scenes of an indicator: one or several (types.ts IndicatorScenes). Everything that reads an
 * indicator's scene goes through these two functions, so a definition may keep a single scene.
 */
import type { Scene } from '../sheets/vocabulary';
import type { Indicator } from './types';

/**
 * Every scene of an indicator, primary first, without repeats.
 * @example indicatorScenes(findIndicator('S01')!) // ['急変時の対応', '日常の療養支援', '看取り']
 */
export function indicatorScenes(ind: Pick<Indicator, 'scene'>): readonly Scene[] {
  const list: readonly Scene[] = typeof ind.scene === 'string' ? [ind.scene] : ind.scene;
  return [...new Set(list)];
}

/** The primary scene (the first listed): what the single-scene field used to hold. */
export function primaryScene(ind: Pick<Indicator, 'scene'>): Scene {
  return indicatorScenes(ind)[0] as Scene;
}

/** '○' when the indicator belongs to the scene, '' otherwise (the value of a scene column). */
export function sceneMark(ind: Pick<Indicator, 'scene'>, scene: Scene): '○' | '' {
  return indicatorScenes(ind).includes(scene) ? '○' : '';
}
