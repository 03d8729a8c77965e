/**
 * Yangtze region: the alliance's online information platform ("长江联盟发布"), one channel
 * (interface) per co-building zone. The report names no individual posts, so PLATFORM_POSTS is empty.
 */
import type { Platform, PlatformChannel, PlatformPost } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const PLATFORMS: readonly Platform[] = [
  {
    key: 'park-alliance-info-platform',
    originalName: '长江流域园区合作联盟网络信息发布平台',
    shortName: '园区联盟网络平台',
    carrierName: '长江联盟发布',
    opened: { text: '近日' },
    openedAreaCode: '310000', // 上海市
    allianceKey: 'yangtze-park-alliance',
    governanceStated: '5家高新区共建共用共管',
    participantZoneCountStated: { value: 5, text: '5家高新区' },
    rolesStated: ['公共服务平台', '寻求服务、找到投资的创新要素对接平台'],
    postKindsStated: ['创新政策', '合作需求'],
    firmUseStated: '企业可以在这个平台上自动互动对接',
    source,
    evidence: '网络信息发布平台在上海宣布开通',
  },
];

const ZONE_CHANNEL_KEYS = ['shanghai-zhangjiang', 'wuhan-donghu', 'chongqing-liangjiang', 'nanjing', 'hefei'] as const;

export const PLATFORM_CHANNELS: readonly PlatformChannel[] = ZONE_CHANNEL_KEYS.map(
  (zoneKey): PlatformChannel => ({
    key: `${zoneKey}-channel`,
    platformKey: 'park-alliance-info-platform',
    zoneKey,
    postKindsStated: ['创新政策', '合作需求'],
    source,
    evidence: '每家有一个接口,可以及时上传创新政策、合作需求',
  }),
);

/** No post is named in the report; none is invented. */
export const PLATFORM_POSTS: readonly PlatformPost[] = [];
