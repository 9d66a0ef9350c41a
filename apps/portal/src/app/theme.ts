import type { ThemeConfig } from 'antd';

/**
 * #0b5cad on white is 6.6:1 (WCAG AA needs 4.5:1 for text); antd's default #1677ff is 4.1:1, which the
 * axe check flags on primary buttons and links.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    colorError: '#c41d1d',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};
