export {
  KefuLauncher,
  KefuLauncherView,
  kefuLauncherProps,
  type LauncherNotifications,
  type LauncherOffset,
  type LauncherPosition,
} from './KefuLauncher'
